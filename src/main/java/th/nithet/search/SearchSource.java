package th.nithet.search;

import java.util.List;
import java.util.Optional;

/**
 * A kind of content that can be searched describes itself through this (one CDI bean per source):
 * which types it owns, how to read one item for the index, and every live item's key and stamp for
 * rebuilding and reconciling. Questions, practices and supervision threads join search by adding one.
 */
public interface SearchSource {

    /** The API type names this source answers for ({@code "news"}, {@code "knowledge"}). */
    List<String> types();

    /** The item as the index should hold it; empty when it is not live (a draft, unpublished, deleted). */
    Optional<SearchDocument> document(String type, long id);

    /** Every live item: type, id and stamp, for reconciliation. */
    List<Stamp> live();

    /** Each live item's view count by key, for "most viewed" (kept up to date without re-indexing). */
    default java.util.Map<String, Long> views() {
        return java.util.Map.of();
    }

    record Stamp(String type, long id, long stamp) {
        public String key() {
            return SearchDocument.key(type, id);
        }
    }
}
