package th.nithet.content;

/**
 * Where an item is in its life. A published item whose {@code publishAt} lies ahead is scheduled:
 * readers see it from then on. Unpublished items are back in their authors' hands.
 */
public enum ContentStatus {
    DRAFT, PUBLISHED, UNPUBLISHED
}
