package th.nithet.search.thai;

import org.apache.lucene.search.spell.StringDistance;

import java.util.HashMap;
import java.util.Map;

/**
 * How far apart two spellings are to a Thai reader, for finding what was meant (#18). An edit distance
 * whose costs follow the slips Thai typists make, not plain Levenshtein:
 * <ul>
 *   <li>a vowel, tone mark, karan (์) or other mark added, dropped or swapped for another: cheap ({@link #MARK});</li>
 *   <li>a consonant silenced by a karan (ณ์ in ประสบการณ์) added or dropped, or a doubled one (สัมมนา, กิจกรรม): cheap;</li>
 *   <li>a consonant swapped for one that spells the same sound (ศ ษ ส · ท ธ ฑ ฒ · ค ฆ · พ ภ · ต ฏ · ด ฎ ·
 *       น ณ · ล ฬ · ย ญ …) or looks the same (ฎ ฏ · บ ป · ผ ฝ · พ ฟ · ถ ภ): cheap;</li>
 *   <li>the t-sounds of loanwords (ต and ท: อินเตอร์เน็ต / อินเทอร์เน็ต, เว็บไซท์ / เว็บไซต์): half a slip;</li>
 *   <li>two neighbours typed the other way round: half a slip; anything else: one slip.</li>
 * </ul>
 * Both texts are compared as {@link ThaiAnalysis#fold} leaves them (lower case, Arabic digits).
 */
public final class ThaiSpelling implements StringDistance {

    static final double MARK = 0.3;
    static final double SAME_SOUND = 0.3;
    static final double SILENT = 0.4;
    static final double LOANWORD_T = 0.5;
    static final double SWAPPED = 0.5;

    /** Consonants Thai spells one sound with, and look-alikes typists confuse: one group per string. */
    private static final String[] GROUPS = {
            "ศษส", "ทธฑฒ", "คฆฅ", "ขฃ", "พภ", "ตฏ", "ดฎ", "นณ", "ลฬ", "ยญ", "ซส", "ฎฏ", "บป", "ผฝ", "พฟ", "ถภ", "อฮ"};

    private static final Map<Character, String> GROUPS_OF = new HashMap<>();

    static {
        for (String group : GROUPS) {
            for (char c : group.toCharArray()) {
                GROUPS_OF.merge(c, group, String::concat);
            }
        }
    }

    /** The most a respelling may differ from what was typed, for a text of this many characters. */
    public static double allowed(String typed) {
        int length = typed.codePointCount(0, typed.length());
        boolean thai = typed.chars().anyMatch(ThaiSpelling::isThai);
        if (thai) {
            return length <= 3 ? MARK * 2 : length <= 5 ? 0.7 : 1.0;
        }
        return length < 5 ? 0 : length < 8 ? 1 : 2; // English: one slip in a word of five letters, two from eight
    }

    public static double distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + addOrDrop(a, i - 1);
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + addOrDrop(b, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double best = Math.min(d[i - 1][j] + addOrDrop(a, i - 1), d[i][j - 1] + addOrDrop(b, j - 1));
                best = Math.min(best, d[i - 1][j - 1] + swap(a.charAt(i - 1), b.charAt(j - 1)));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    boolean marks = isMark(a.charAt(i - 1)) || isMark(a.charAt(i - 2));
                    best = Math.min(best, d[i - 2][j - 2] + (marks ? MARK : SWAPPED));
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** What adding or dropping the character at {@code i} of {@code s} costs. */
    private static double addOrDrop(String s, int i) {
        char c = s.charAt(i);
        if (isMark(c)) {
            return MARK;
        }
        if (isThaiConsonant(c) && i + 1 < s.length() && s.charAt(i + 1) == '\u0E4C') {
            return SILENT; // silenced by the karan that follows
        }
        if (isThaiConsonant(c) && (i > 0 && s.charAt(i - 1) == c || i + 1 < s.length() && s.charAt(i + 1) == c)) {
            return SILENT; // one of a doubled consonant
        }
        if (c == '.' || c == '-' || c == ' ') {
            return MARK; // ก.ค.ศ. / กคศ, e-learning / elearning
        }
        return 1;
    }

    private static double swap(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (isMark(a) && isMark(b)) {
            return MARK;
        }
        String groups = GROUPS_OF.get(a);
        if (groups != null && groups.indexOf(b) >= 0) {
            return SAME_SOUND;
        }
        if ("ตทฏธถ".indexOf(a) >= 0 && "ตทฏธถ".indexOf(b) >= 0) {
            return LOANWORD_T;
        }
        return 1;
    }

    /** Vowels, tone marks and the other signs written above, below or before a consonant. */
    static boolean isMark(char c) {
        return c >= '\u0E30' && c <= '\u0E3A' || c >= '\u0E40' && c <= '\u0E4E';
    }

    static boolean isThaiConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    static boolean isThai(int c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /** For Lucene's spell checker: 1 for the same spelling, falling with the distance. */
    @Override
    public float getDistance(String typed, String candidate) {
        double longest = Math.max(1, Math.max(typed.length(), candidate.length()));
        return (float) Math.max(0, 1 - distance(typed, candidate) / longest);
    }
}
