package th.nithet.search.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a search found: the total, one page of hits, facet counts, and a suggestion when nothing was found;
 * {@code respelled}, when what was typed found nothing and these are the hits of what was meant instead (#18).
 * Past about {@link HitCounts#EXACT_UP_TO} hits (or fewer, when counting them would mean checking the
 * grams of most documents) counting every one costs more than finding the best ten, so the total is then
 * estimated from a sample ({@code totalExact} false), and so are the facet counts ({@code facetsEstimated}).
 * The hits are always the best ones.
 */
public record SearchResult(long total, boolean totalExact, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           boolean facetsEstimated, String didYouMean, String respelled) {

    public SearchResult(long total, boolean totalExact, List<Hit> hits, Map<String, List<FacetValue>> facets,
                        boolean facetsEstimated, String didYouMean) {
        this(total, totalExact, hits, facets, facetsEstimated, didYouMean, null);
    }

    /** These hits as those of {@code text}, searched instead of what was typed. */
    SearchResult respelledAs(String text) {
        return new SearchResult(total, totalExact, hits, facets, facetsEstimated, null, text);
    }

    /** An exact result. */
    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String didYouMean) {
        this(total, true, hits, facets, false, didYouMean);
    }

    /** One hit; {@code snippet} is HTML with the matched words in {@code <mark>} (everything else escaped). */
    public record Hit(String type, long id, String title, String path, String snippet, float score, Instant publishAt,
                      String authorName, String authorUsername, long views, String matchedFile, List<String> learningAreas,
                      String category) {
    }

    public record FacetValue(String value, long count) {
    }
}
