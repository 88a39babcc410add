package th.nithet.practices;

/** Where a practice is in its review: draft → submitted → returned (resubmit) → published, or rejected. */
public enum PracticeState {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, REJECTED;

    /** Its author may still change it (and submit it). */
    public boolean isOpenToAuthor() {
        return this == DRAFT || this == RETURNED;
    }
}
