package th.nithet.surveys;

import java.util.List;

/** A form as staff build it; {@code targetId}: the supervision or practice it assesses, if any. */
public record SurveyDraft(String title, String description, boolean anonymous, Long targetId, List<QuestionDraft> questions) {

    /** {@code choices} only for a choice question; {@code required}: must be answered. */
    public record QuestionDraft(QuestionKind kind, String text, List<String> choices, boolean required) {
    }
}
