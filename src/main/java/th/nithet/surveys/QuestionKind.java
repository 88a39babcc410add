package th.nithet.surveys;

/** What a form question asks for: a level of agreement 1–5, one of given choices, or words. */
public enum QuestionKind {
    LIKERT, CHOICE, TEXT
}
