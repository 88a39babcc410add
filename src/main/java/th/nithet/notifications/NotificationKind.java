package th.nithet.notifications;

/** Why someone is told something; the bell and the mail say it in words, this names it for code and the API. */
public enum NotificationKind {
    /** Someone answered my question. */
    ANSWERED,
    /** Someone answered a question I follow. */
    FOLLOWED_ANSWERED,
    /** My answer was accepted. */
    ACCEPTED,
    /** My practice was reviewed (returned, published or rejected). */
    PRACTICE_REVIEWED,
    /** A practice was submitted for review (to supervisors). */
    PRACTICE_SUBMITTED,
    /** A question was assigned to me. */
    ASSIGNED,
    /** A question waited too long without an answer (to the responsible supervisors). */
    ESCALATED,
    /** News in my learning areas. */
    NEWS,
    /** A supervision I take part in: opened, or a new message. */
    SUPERVISION,
    /** An agreed action of my supervision is past its due date (to its supervisor). */
    FOLLOW_UP_DUE,
    /** An assessment form was sent to me. */
    SURVEY
}
