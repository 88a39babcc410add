package th.nithet.platform.lifecycle;

/**
 * The portal is about to stop: whatever keeps acknowledged data in memory (the view counter, the
 * search index) writes it now, while the database is still there. Observed synchronously.
 */
public record Quiescing() {
}
