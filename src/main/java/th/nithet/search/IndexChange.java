package th.nithet.search;

/**
 * "This item changed": fired by a content service inside its transaction; the search index takes
 * the item again from the database once that transaction has committed (and never if it rolled back).
 */
public record IndexChange(String type, long id) {
}
