package th.nithet.search.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One search as asked: the typed text, who asks (the visibilities they may read, at what time),
 * filters (type, learning area, category, year พ.ศ., author), order and page, and whether facet
 * counts are wanted (the search page shows them; the API has none, and they cost a pass over the hits).
 */
public record SearchQuery(String text, Set<String> visibilities, Instant now, Set<String> types, String learningArea,
                          String category, Integer year, String author, Order order, int offset, int limit, boolean facets) {

    /** A search with facet counts. */
    public SearchQuery(String text, Set<String> visibilities, Instant now, Set<String> types, String learningArea,
                       String category, Integer year, String author, Order order, int offset, int limit) {
        this(text, visibilities, now, types, learningArea, category, year, author, order, offset, limit, true);
    }

    public enum Order { RELEVANCE, NEWEST, MOST_VIEWED }

    /** The same search, with its filters and order, for another text, page or facets. */
    SearchQuery with(String otherText, int otherOffset, int otherLimit, boolean withFacets) {
        return new SearchQuery(otherText, visibilities, now, types, learningArea, category, year, author, order, otherOffset,
                otherLimit, withFacets);
    }

    /** The typed text as people mean it: words, "phrases in quotes", and -excluded words. Never fails. */
    public record Parsed(List<String> required, List<String> excluded) {
        public boolean isEmpty() {
            return required.isEmpty();
        }
    }

    public static Parsed parse(String text) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        String input = text == null ? "" : text.strip();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean minus = c == '-' && i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1));
            if (minus) {
                i++;
                c = input.charAt(i);
            }
            String part;
            if (c == '"' || c == '“' || c == '”') {
                int end = indexOfQuote(input, i + 1);
                part = input.substring(i + 1, end < 0 ? input.length() : end);
                i = end < 0 ? input.length() : end + 1;
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
                    end++;
                }
                part = input.substring(i, end);
                i = end;
            }
            // what query syntax would mean elsewhere is just text here
            part = part.replaceAll("[\"“”()\\[\\]{}^~*?\\\\:+!|&]", " ").strip();
            if (part.isEmpty()) {
                continue;
            }
            (minus ? excluded : required).add(part);
        }
        return new Parsed(List.copyOf(required), List.copyOf(excluded));
    }

    private static int indexOfQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return i;
            }
        }
        return -1;
    }
}
