package th.nithet.notifications;

/** How a person wants notifications by e-mail (each is in the bell anyway). */
public enum MailChoice {
    /** One mail per notification, sent within seconds. */
    IMMEDIATE,
    /** One mail a day (07:00 Bangkok time) with everything since the last one. */
    DIGEST,
    /** The bell only. */
    NEVER
}
