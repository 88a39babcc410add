package th.nithet.search.thai;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * How Nithet reads Thai (and the English in it) for search. Two views of the same text:
 * <ul>
 *   <li><b>words</b>: ICU's dictionary segmentation (Thai without spaces becomes words), NFKC
 *       case folding that keeps Thai tone and vowel marks (ICUFoldingFilter would turn ข้าว into
 *       ขาว), Thai digits folded to Arabic, English stemmed (Thai words are left alone);</li>
 *   <li><b>grams</b>: every two adjacent characters of each space-separated run, after the same
 *       folding: a phrase of grams matches wherever the typed text occurs, also inside compounds
 *       the dictionary keeps whole (ศึกษา in ศึกษานิเทศก์) and in names it does not know.</li>
 * </ul>
 * Both first repair common Thai typing quirks (เเ typed for แ, ํ + า for ำ, zero-width characters),
 * which Lucene 9.12 does not (see shared/notes/thai-search.md).
 */
public final class ThaiAnalysis {

    /** Tokens that are not plain lower-case Latin/digits are marked keywords, so the stemmer leaves them be. */
    private static final Pattern NOT_LATIN = Pattern.compile(".*[^a-z0-9].*");

    private ThaiAnalysis() {
    }

    static final NormalizeCharMap TYPING;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("เเ", "แ");
        map.add("\u0E4D\u0E32", "\u0E33"); // nikhahit + sara aa, typed for sara am
        map.add("\u200B", "");  // zero-width space
        map.add("\u200C", "");
        map.add("\u200D", "");
        map.add("\uFEFF", "");
        TYPING = map.build();
    }

    /** Words: for ranking, English stems, Thai dictionary words. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new ICUTokenizer();
                TokenStream stream = new ICUNormalizer2Filter(tokenizer);
                stream = new DecimalDigitFilter(stream);
                stream = new PatternKeywordMarkerFilter(stream, NOT_LATIN);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new MappingCharFilter(TYPING, reader);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new DecimalDigitFilter(new ICUNormalizer2Filter(in));
            }
        };
    }

    /**
     * Grams: two characters at a time, each at its own position, for "contains what was typed" (a
     * phrase of the query's grams). Grams never span a space. Folding happens in char
     * filters here, before the grams are cut: typing quirks, then NFKC case folding, then Thai digits.
     */
    public static Analyzer grams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                // punctuation belongs to the run, so that e-Training and O-NET match only themselves
                Tokenizer tokenizer = new NGramTokenizer(2, 2) {
                    @Override
                    protected boolean isTokenChar(int c) {
                        return !Character.isWhitespace(c) && !Character.isISOControl(c) && c != '\u00A0';
                    }
                };
                return new TokenStreamComponents(tokenizer);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new MappingCharFilter(THAI_DIGITS,
                        new ICUNormalizer2CharFilter(new MappingCharFilter(TYPING, reader), NFKC_CASEFOLD));
            }
        };
    }

    private static final com.ibm.icu.text.Normalizer2 NFKC_CASEFOLD =
            com.ibm.icu.text.Normalizer2.getInstance(null, "nfkc_cf", com.ibm.icu.text.Normalizer2.Mode.COMPOSE);

    static final NormalizeCharMap THAI_DIGITS;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (int d = 0; d <= 9; d++) {
            map.add(String.valueOf((char) ('๐' + d)), String.valueOf((char) ('0' + d)));
        }
        THAI_DIGITS = map.build();
    }

    /** The text as the gram field folds it, for checking "contains" outside Lucene (tests, highlighting). */
    public static String fold(String text) {
        String typed = text.replace("เเ", "แ").replace("\u0E4D\u0E32", "\u0E33").replaceAll("[\u200B-\u200D\uFEFF]", "");
        String folded = NFKC_CASEFOLD.normalize(typed);
        StringBuilder out = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }
}
