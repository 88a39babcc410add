package th.nithet.search.engine;

import th.nithet.search.ShortForms;
import th.nithet.search.thai.ThaiAnalysis;
import th.nithet.search.thai.ThaiSoundKey;
import th.nithet.search.thai.ThaiSpelling;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What was meant, when what was typed finds nothing (#18): each typed part that the index does not
 * contain is respelled — a short form for its long form and back (dots optional: ก.ค.ศ. = กคศ, the
 * shipped list and the office's, {@link ShortForms}), English joined or split (powerpoint = power point), or the
 * nearest word of the index by {@link ThaiSpelling} or read alike by {@link ThaiSoundKey} (ปฎิบัติ → ปฏิบัติ,
 * คลิพ → คลิป). A part found in fewer than {@link #FEW}
 * items is respelled too, when the respelling is found in many more (บริหารร occurs once, inside
 * บริหารราชการ; บริหาร in most of the passages). Misspelt Thai is cut by the
 * dictionary into odd pieces (ปฎิบัติ in การปฎิบัติงาน, ประเมิณ → ประ|เมิณ), so neighbouring pieces are
 * also respelled together, the longest first. A respelling counts only when the text it makes occurs.
 */
final class Respelling {

    private static final Pattern THAI_SHORT = Pattern.compile("[\u0E01-\u0E2E]{2,6}");
    private static final Pattern THAI_DOTTED = Pattern.compile("([\u0E01-\u0E2E]\\.){2,6}|[\u0E01-\u0E2E]{2,3}\\.");
    private static final Pattern LATIN = Pattern.compile("[a-z]{6,}");
    private static final int LONGEST_SPAN = 4;

    /** A part found in fewer items than this may be a slip. */
    static final int FEW = 3;

    private final Analyzer words;
    private final Analyzer grams;
    /** The shipped short forms and the office's, replaced whole when an administrator changes them. */
    private volatile ShortForms shortForms = ShortForms.SHIPPED;

    Respelling(Analyzer words, Analyzer grams) {
        this.words = words;
        this.grams = grams;
    }

    /** The typed text with each part the index lacks respelled, or null when nothing better was found. */
    String respell(SearchQuery.Parsed parsed, IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<String> parts = new ArrayList<>();
        boolean changed = false;
        for (String part : parsed.required()) {
            String folded = ThaiAnalysis.fold(part).strip();
            int found = count(searcher, folded, FEW);
            // a respelling must be found where the typed part is not, or in many more items than it
            String better = found >= FEW ? null : respellPart(searcher, reader, folded, found == 0 ? 1 : Math.max(FEW, 3 * found));
            parts.add(better == null ? part : better);
            changed |= better != null;
        }
        if (!changed) {
            return null;
        }
        StringBuilder text = new StringBuilder(String.join(" ", parts));
        for (String excluded : parsed.excluded()) {
            text.append(" -").append(excluded.contains(" ") ? '"' + excluded + '"' : excluded);
        }
        return text.toString();
    }

    private String respellPart(IndexSearcher searcher, IndexReader reader, String part, int needed) throws IOException {
        for (String other : otherForms(part, shortForms)) {
            if (count(searcher, other, needed) >= needed) {
                return other;
            }
        }
        if (LATIN.matcher(part).matches()) {
            String split = split(searcher, part, needed);
            if (split != null) {
                return split;
            }
        }
        return nearest(searcher, reader, part, needed);
    }

    void useShortForms(ShortForms forms) {
        shortForms = forms;
    }

    /** The part's short or long forms, with and without dots. */
    static List<String> otherForms(String part, ShortForms shortForms) {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        String bare = part.replace(".", "");
        for (String form : shortForms.of(part)) {
            forms.add(form);
            forms.add(form.replace(".", ""));
        }
        if (THAI_SHORT.matcher(part).matches()) {
            forms.add(String.join(".", part.split("")) + "."); // กคศ → ก.ค.ศ.
            forms.add(part + ".");
        }
        if (THAI_DOTTED.matcher(part).matches()) {
            forms.add(bare);
        }
        forms.remove(part);
        return List.copyOf(forms);
    }

    /** English typed as one word that the index has as two: googleclassroom → google classroom, etraining → e-training. */
    private String split(IndexSearcher searcher, String part, int needed) throws IOException {
        for (int cut = 1; cut <= part.length() - 2; cut++) {
            // a letter alone before a word is a prefix written with a hyphen: etraining → e-training
            String two = part.substring(0, cut) + (cut == 1 ? "-" : " ") + part.substring(cut);
            if (count(searcher, two, needed) >= needed) {
                return two;
            }
        }
        return null;
    }

    private record Piece(int start, int end) {
    }

    private record Candidate(String text, double distance, int frequency) {
    }

    /**
     * The nearest text that occurs: the whole part first, then runs of the dictionary's pieces, longest
     * first, each respelled to the nearest words of the index within {@link ThaiSpelling#allowed}.
     */
    private String nearest(IndexSearcher searcher, IndexReader reader, String part, int needed) throws IOException {
        List<Piece> pieces = pieces(part);
        List<Piece> spans = new ArrayList<>();
        spans.add(new Piece(0, part.length()));
        for (int length = Math.min(LONGEST_SPAN, pieces.size() - 1); length >= 1; length--) {
            for (int i = 0; i + length <= pieces.size(); i++) {
                spans.add(new Piece(pieces.get(i).start(), pieces.get(i + length - 1).end()));
            }
        }
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setDistance(new ThaiSpelling());
        spell.setMinPrefix(0);
        spell.setMinQueryLength(2);
        spell.setAccuracy(0.5f);
        spell.setMaxQueryFrequency(0.001f);
        for (Piece span : new LinkedHashSet<>(spans)) {
            String typed = part.substring(span.start(), span.end());
            if (typed.chars().anyMatch(Character::isDigit)) {
                continue; // numbers and codes (2567, a school's code) are what they are, not slips
            }
            List<Candidate> candidates = new ArrayList<>();
            for (String field : List.of("title", "body")) {
                for (String lookedUp : lookUps(typed)) {
                    for (SuggestWord word : spell.suggestSimilar(new Term(field, lookedUp), 8, reader, SuggestMode.SUGGEST_ALWAYS)) {
                        for (String form : forms(typed, word.string)) {
                            double distance = ThaiSpelling.distance(typed, form);
                            if (!form.equals(typed) && (distance <= ThaiSpelling.allowed(typed) + 1e-9 || readAlike(typed, form))) {
                                candidates.add(new Candidate(form, distance, word.freq));
                            }
                        }
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::distance).thenComparing(c -> -c.frequency()));
            Set<String> tried = new LinkedHashSet<>();
            for (Candidate candidate : candidates) {
                String respelled = part.substring(0, span.start()) + candidate.text() + part.substring(span.end());
                if (tried.add(respelled) && count(searcher, respelled, needed) >= needed) {
                    return respelled;
                }
            }
        }
        return null;
    }

    private static final Pattern ENGLISH = Pattern.compile("[a-z]+");
    private static final List<String> ENGLISH_ENDINGS = List.of("", "e", "s", "ed", "ing", "er", "ion", "ment");

    /**
     * What to ask the spell checker for: the typed text, and for an English word also the word without its
     * last one or two letters. The index holds English stems (learn for learning), and a slip near the end
     * of a long word (learnnig) leaves it more than the checker's two edits from its stem.
     */
    private static List<String> lookUps(String typed) {
        if (!ENGLISH.matcher(typed).matches() || typed.length() < 7) {
            return List.of(typed);
        }
        return List.of(typed, typed.substring(0, typed.length() - 1), typed.substring(0, typed.length() - 2));
    }

    /**
     * The words an index word may stand for: itself, and for an English stem the stem with the usual
     * endings (learn: learning, learned …), so that the respelling shows a whole word and is compared
     * with what was typed as one. Only the forms that occur are taken ({@link #count}).
     */
    private static List<String> forms(String typed, String indexWord) {
        if (!ENGLISH.matcher(typed).matches() || !ENGLISH.matcher(indexWord).matches()) {
            return List.of(indexWord);
        }
        return ENGLISH_ENDINGS.stream().map(indexWord::concat).toList();
    }

    /**
     * A word read exactly as the typed one ({@link ThaiSoundKey}) is taken even when it is spelt further off
     * than {@link ThaiSpelling#allowed} (คลิพ → คลิป, two letters that end a syllable alike), still ranked by
     * how it is spelt. Not for words of under four letters: too many short words are read alike.
     */
    private static boolean readAlike(String typed, String candidate) {
        return typed.length() >= 4 && ThaiSoundKey.soundAlike(typed, candidate);
    }

    /** Where the dictionary cuts the part into words. */
    private List<Piece> pieces(String part) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("body", part)) {
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                pieces.add(new Piece(offsets.startOffset(), offsets.endOffset()));
            }
            stream.end();
        }
        return pieces;
    }

    /**
     * How many items contain the text (a phrase of its grams in title, body or attachments), counted up
     * to {@code enough} only: a common word's phrase is not checked in every item of a large index.
     */
    private int count(IndexSearcher searcher, String text, int enough) throws IOException {
        Query phrase = new QueryBuilder(grams).createPhraseQuery(SearchDocuments.TEXT_GRAMS, text);
        if (phrase == null) {
            return 0;
        }
        int[] found = {0};
        try {
            searcher.search(phrase, new SimpleCollector() {
                @Override
                public void collect(int doc) {
                    if (++found[0] >= enough) {
                        throw new Enough();
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (Enough stop) {
            // counted as far as needed
        }
        return found[0];
    }

    /**
     * Stops a count across all segments (Lucene's CollectionTerminatedException stops only one). The
     * engine's searchers have no executor, so it is thrown on the caller's thread.
     */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
