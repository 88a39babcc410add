package th.nithet.search.engine;

import th.nithet.search.thai.ThaiAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What was typed, as queries: each part must occur (a phrase of its grams), word matches rank, and a
 * word in most items (การ, และ) does not rank when a rarer part was typed.
 */
final class TypedParts {

    private final Analyzer words;
    private final Analyzer grams;

    TypedParts(Analyzer words, Analyzer grams) {
        this.words = words;
        this.grams = grams;
    }

    /**
     * The typed text as queries: what every hit matches (each required part, no excluded one; no
     * scores), the first pass (every part found as words, when each has words), the word clauses and
     * gram phrases that rank the later passes, and all of them for highlighting.
     */
    record Parts(Query matches, Query asWords, Query words, Query grams, Query highlight) {
    }

    /**
     * One typed part: what a hit must match for it; {@code asWords}, its word clauses in any field
     * (null when it has no words), which imply {@code matches} when {@code contained}; the share of
     * items that have its rarest word; and its ranking clauses.
     */
    record Part(Query matches, Query asWords, boolean contained, double share, List<Query> words, List<Query> grams) {
    }

    /**
     * A word in more than this share of the items (การ, และ, ที่) does not rank when another typed part
     * is rarer, it only has to be there: it adds next to nothing to a score, yet scoring it in a
     * conjunction keeps Lucene from skipping anything (its best possible score is high in every block).
     * As Lucene's CommonTermsQuery does with high-frequency terms.
     */
    static final double COMMON = 0.1;

    /** Null when nothing searchable was typed. */
    Parts parts(SearchQuery.Parsed parsed, IndexReader reader) throws IOException {
        // an index of the layout before text_g, searched while it is rebuilt, has the text only field by field
        boolean textGrams = FieldInfos.getMergedFieldInfos(reader).fieldInfo(SearchDocuments.TEXT_GRAMS) != null;
        List<Part> required = new ArrayList<>();
        for (String typed : parsed.required()) {
            Part part = part(typed, reader, textGrams);
            if (part != null) {
                required.add(part);
            }
        }
        if (required.isEmpty()) {
            return null;
        }
        double rarest = required.stream().mapToDouble(Part::share).min().orElse(0);
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder grams = new BooleanQuery.Builder();
        BooleanQuery.Builder asWords = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        boolean allAsWords = true;
        boolean rarestRanked = false;
        for (Part part : required) {
            // the rarest part always ranks (once, should two be as rare), the others unless they are common
            boolean ranks = part.share() == rarest && !rarestRanked || part.share() <= COMMON;
            rarestRanked |= part.share() == rarest;
            matches.add(part.matches(), BooleanClause.Occur.FILTER);
            part.words().forEach(w -> highlight.add(w, BooleanClause.Occur.SHOULD));
            part.grams().forEach(g -> highlight.add(g, BooleanClause.Occur.SHOULD));
            if (ranks) {
                part.words().forEach(w -> words.add(w, BooleanClause.Occur.SHOULD));
                part.grams().forEach(g -> grams.add(g, BooleanClause.Occur.SHOULD));
            }
            if (part.asWords() == null) {
                allAsWords = false;
            } else {
                asWords.add(part.asWords(), ranks ? BooleanClause.Occur.MUST : BooleanClause.Occur.FILTER);
                if (!part.contained()) {
                    asWords.add(part.matches(), BooleanClause.Occur.FILTER);
                }
            }
        }
        for (String typed : parsed.excluded()) {
            Part part = part(typed, reader, textGrams);
            if (part != null) {
                matches.add(part.matches(), BooleanClause.Occur.MUST_NOT);
                asWords.add(part.matches(), BooleanClause.Occur.MUST_NOT);
            }
        }
        BooleanQuery wordQuery = words.build();
        return new Parts(matches.build(), allAsWords ? asWords.build() : null, wordQuery.clauses().isEmpty() ? null : wordQuery,
                grams.build(), highlight.build());
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z]+");

    /**
     * One typed part. Its text must occur (a phrase of its grams in {@link SearchDocuments#TEXT_GRAMS}: title, body or attachments),
     * except a plain English word, which may also occur in another form (teachers → teacher).
     * Word matches, and matches in the title, rank higher. A single character is looked for as a
     * word or at the start of a gram. Null when the part has nothing searchable.
     */
    private Part part(String part, IndexReader reader, boolean textGrams) throws IOException {
        String folded = ThaiAnalysis.fold(part).strip();
        boolean single = folded.codePointCount(0, folded.length()) < 2;
        QueryBuilder gramBuilder = new QueryBuilder(grams);
        QueryBuilder wordBuilder = new QueryBuilder(words);
        BooleanQuery.Builder contains = new BooleanQuery.Builder();
        List<Query> wordClauses = new ArrayList<>();
        List<Query> gramClauses = new ArrayList<>();
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        Query inText = !textGrams ? null : single ? singleCharacter(SearchDocuments.TEXT_GRAMS, folded) : gramBuilder.createPhraseQuery(SearchDocuments.TEXT_GRAMS, part);
        if (inText != null) {
            contains.add(inText, BooleanClause.Occur.SHOULD);
        }
        String[][] fields = {{"title", "4"}, {"body", "1.5"}, {"files", "0.5"}};
        for (String[] field : fields) {
            float boost = Float.parseFloat(field[1]);
            Query gram = single ? singleCharacter(field[0] + "_g", folded) : gramBuilder.createPhraseQuery(field[0] + "_g", part);
            if (gram != null) {
                gramClauses.add(new BoostQuery(gram, boost));
                if (!textGrams) {
                    contains.add(gram, BooleanClause.Occur.SHOULD);
                }
            }
            Query word = wordBuilder.createPhraseQuery(field[0], part);
            if (word != null) {
                wordClauses.add(new BoostQuery(word, boost));
                (single ? contains : anyWord).add(word, BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery containsQuery = contains.build();
        if (containsQuery.clauses().isEmpty()) {
            return null;
        }
        Query matches = containsQuery;
        BooleanQuery anyWordQuery = anyWord.build();
        boolean plainWord = PLAIN_WORD.matcher(part).matches();
        if (plainWord && !anyWordQuery.clauses().isEmpty()) {
            matches = new BooleanQuery.Builder()
                    .add(containsQuery, BooleanClause.Occur.SHOULD)
                    .add(anyWordQuery, BooleanClause.Occur.SHOULD)
                    .build();
        }
        Query asWords = null;
        if (!wordClauses.isEmpty()) {
            BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
            wordClauses.forEach(w -> inAnyField.add(w, BooleanClause.Occur.SHOULD));
            asWords = inAnyField.build();
        }
        List<String> tokens = analyze(words, "body", part);
        int rarest = Integer.MAX_VALUE;
        for (String token : tokens) {
            rarest = Math.min(rarest, reader.docFreq(new Term("body", token)));
        }
        double share = tokens.isEmpty() || reader.maxDoc() == 0 ? 0 : (double) rarest / reader.maxDoc();
        return new Part(matches, asWords, isOneWord(tokens, folded, plainWord), share, wordClauses, gramClauses);
    }

    /** Latin words that end in a letter may be a stem the stemmer rewrote (happy → happi), not text the item contains. */
    private static final Pattern MAYBE_REWRITTEN = Pattern.compile("[a-z0-9]*[a-z]");

    /**
     * Whether the part ({@code tokens}, as the word fields cut it) is one word whose index term is the text itself, so that an item with the word
     * contains the text: ICU cuts it as one word, folded as the grams fold it. A plain English word may
     * match in another form anyway (teachers → teacher); another Latin token may have been rewritten by
     * the stemmer, and is not one.
     */
    private static boolean isOneWord(List<String> tokens, String folded, boolean plainWord) {
        return tokens.size() == 1 && tokens.get(0).equals(folded) && (plainWord || !MAYBE_REWRITTEN.matcher(folded).matches());
    }

    /** A gram that starts or ends with the character (grams are two characters long). */
    private static Query singleCharacter(String field, String character) {
        return new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(field, character)), BooleanClause.Occur.SHOULD)
                .add(new org.apache.lucene.search.WildcardQuery(new Term(field, "?" + character)), BooleanClause.Occur.SHOULD)
                .build();
    }

    static List<String> analyze(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
