package th.nithet.search.thai;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Thai word's sound key by the LK82 rules (วิชิต หล่อจีระชุณห์กุล และ เจริญ คุวินทร์พันธุ์, "โปรแกรมการสืบค้นคำไทย
 * ตามเสียงอ่าน", 1982): words that are read alike get the same key, however they are spelt (#18). Thai has
 * many letters for one sound, and a consonant at the end of a syllable keeps only one of six sounds (ก ด บ
 * ง น ม), so กิจ, กิด and กิต are one sound, as are คลิป and คลิบ, แอปพลิเคชัน and แอพพลิเคชั่น.
 * <p>
 * The rules, in the order the paper numbers them:
 * <ol start="4">
 *   <li>tone marks are not written in the key; nor is a letter silenced by the karan (์), with the vowel
 *       between them (กษ์ in รักษ์, ตร์ in ศาสตร์, ทร์ in จันทร์);</li>
 *   <li>the repetition sign ๆ, the abbreviation sign ฯ, the short-vowel sign ็, the nikhahit ํ and the
 *       phinthu ฺ are not written either;</li>
 *   <li>the first consonant is kept as a letter, by the sound it has at the start of a syllable
 *       ({@link #INITIAL}); a word that begins with a vowel written before its consonant (เ แ โ ใ ไ) keeps
 *       that consonant, then the vowel's symbol;</li>
 *   <li>ะ ั ิ ี only part one syllable from the next (no symbol, but two equal symbols either side stay two);</li>
 *   <li>า ึ ื ู part syllables and are written;</li>
 *   <li>ุ is written, except after a later ต or ธ, where it is the silent end of a Pali word (เหตุ, ธาตุ);</li>
 *   <li>ห and อ are written only where they carry a vowel below or above (หุ, อึ): otherwise ห only makes
 *       the next consonant's tone and อ only carries a vowel;</li>
 *   <li>ร ว ย ฤ ฦ are written only right after a vowel, or where they carry one below or above: elsewhere
 *       they are the second letter of a cluster (กร, กว) or part of a vowel (เ-ีย, -ัว);</li>
 *   <li>every other letter is written by the sound it has at the end of a syllable ({@link #LATER});</li>
 *   <li>a symbol written twice in a row is written once;</li>
 *   <li>the key is cut or filled with 0 to five symbols.</li>
 * </ol>
 * The published key ({@link #lk82}) is five symbols, made for names in a card index. For telling whether a
 * respelling of a whole word sounds like what was typed, {@link #of} gives the same symbols uncut.
 */
public final class ThaiSoundKey {

    /** The first consonant, by the sound it starts a syllable with: one letter stands for each group. */
    private static final Map<Character, Character> INITIAL = new HashMap<>();
    /** Every later letter, by the sound it ends a syllable with (consonants) or its own (vowels). */
    private static final Map<Character, Character> LATER = new HashMap<>();

    static {
        initial('ก', "กขฃคฅฆ"); // k and kh: the paper does not part aspirated from plain k
        initial('ง', "ง");
        initial('จ', "จ");
        initial('ช', "ฉชฌ");
        initial('ซ', "ซศษส");
        initial('ย', "ญย");
        initial('ด', "ฎด");
        initial('ต', "ฏต");
        initial('น', "ณน");
        initial('ท', "ฐฑฒถทธ");
        initial('บ', "บ");
        initial('ป', "ป");
        initial('พ', "ผพภ");
        initial('ฟ', "ฝฟ");
        initial('ม', "ม");
        initial('ร', "รลฬฤฦ"); // r and l: many speakers say both as l
        initial('ว', "ว");
        initial('ห', "หฮ");
        initial('อ', "อ");

        later('1', "กขฃคฅฆ"); // ends in k
        later('2', "ง"); // ends in ng
        later('3', "จฉชซฌฎฏฐฑฒดตถทธศษส"); // ends in t
        later('4', "ญณนรลฬฤฦ"); // ends in n
        later('5', "บปพฟภผฝ"); // ends in p
        later('6', "มำ"); // ends in m (ำ is a-m)
        later('7', "ยวไใ"); // ends in a glide (ไ and ใ are a-i)
        later('8', "หฮ");
        later('9', "าๅ"); // long a (the rare ๅ is a long a too)
        later('A', "ึื");
        later('B', "เ");
        later('C', "แ");
        later('D', "โ");
        later('E', "ุู");
        later('F', "อ");
    }

    private static final Pattern TONES = Pattern.compile("[\u0E48-\u0E4B]");
    private static final Pattern SILENCED = Pattern.compile("จน์|มณ์|ณฑ์|ทร์|ตร์|[ก-ฮ][ะ-ู]?์");
    private static final Pattern NOT_WRITTEN = Pattern.compile("[\u0E47\u0E4D\u0E3A\u0E46\u0E2F]");

    private ThaiSoundKey() {
    }

    /** The published five-symbol key: ลัก, รัก and รักษ์ are all ร1000. Empty for a text with no Thai sound. */
    public static String lk82(String word) {
        String key = of(word);
        return key.isEmpty() ? "" : (key + "0000").substring(0, 5);
    }

    /** The key uncut and unfilled; empty when the text is not a Thai word. */
    public static String of(String word) {
        if (word == null || word.isEmpty() || !word.chars().allMatch(ThaiSpelling::isThai)) {
            return "";
        }
        String text = NOT_WRITTEN.matcher(SILENCED.matcher(TONES.matcher(word).replaceAll("")).replaceAll("")).replaceAll("");
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        char last = 0; // the last symbol written, or 0 after a vowel that only parts syllables
        int rest;
        if (INITIAL.containsKey(text.charAt(0))) {
            key.append(INITIAL.get(text.charAt(0)));
            last = key.charAt(0);
            rest = 1;
        } else {
            // a vowel written first: its consonant, then the vowel
            if (text.length() > 1 && INITIAL.containsKey(text.charAt(1))) {
                key.append(INITIAL.get(text.charAt(1)));
            }
            Character vowel = LATER.get(text.charAt(0));
            if (vowel != null) {
                key.append(vowel);
                last = vowel;
            }
            rest = 2;
        }
        int afterVowel = -1; // where in the text the last vowel was
        for (int i = rest; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean carriesVowel = i + 1 < text.length() && "ึืุู".indexOf(text.charAt(i + 1)) >= 0;
            Character symbol;
            if ("ะัิี".indexOf(c) >= 0) {
                afterVowel = i;
                last = 0;
                continue;
            } else if ("าๅึืู".indexOf(c) >= 0) {
                afterVowel = i;
                symbol = LATER.get(c);
            } else if (c == 'ุ') {
                afterVowel = i;
                // ธุ at the start of a word (ธุรการ) is read; only a later ตุ or ธุ ends a word silently
                symbol = i > rest && "ตธ".indexOf(text.charAt(i - 1)) >= 0 ? null : LATER.get(c);
            } else if (c == 'ห' || c == 'อ') {
                symbol = carriesVowel ? LATER.get(c) : null;
            } else if ("รวยฤฦ".indexOf(c) >= 0) {
                symbol = afterVowel == i - 1 || carriesVowel ? LATER.get(c) : null;
            } else {
                symbol = LATER.get(c);
            }
            if (symbol == null) {
                if (c == 'ุ') {
                    last = 0;
                }
                continue;
            }
            if (symbol != last) {
                key.append(symbol);
            }
            last = symbol;
        }
        return key.toString();
    }

    /** Whether two words are read alike: both Thai, with the same uncut key. */
    public static boolean soundAlike(String a, String b) {
        String key = of(a);
        return !key.isEmpty() && key.equals(of(b));
    }

    private static void initial(char symbol, String letters) {
        for (char c : letters.toCharArray()) {
            INITIAL.put(c, symbol);
        }
    }

    private static void later(char symbol, String letters) {
        for (char c : letters.toCharArray()) {
            LATER.put(c, symbol);
        }
    }
}
