package th.nithet.supervision;

/**
 * Where a supervision thread stands: just opened; waiting for the school (the supervisor spoke
 * last); waiting for the supervisor (the school spoke last); an agreed action is past its due date;
 * closed.
 */
public enum SupervisionState {
    OPEN, AWAITING_SCHOOL, AWAITING_SUPERVISOR, FOLLOW_UP_DUE, CLOSED
}
