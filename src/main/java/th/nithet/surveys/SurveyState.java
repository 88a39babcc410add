package th.nithet.surveys;

/** A form is built as a draft, answered while open, and read once closed (results show at any time to its owner). */
public enum SurveyState {
    DRAFT, OPEN, CLOSED
}
