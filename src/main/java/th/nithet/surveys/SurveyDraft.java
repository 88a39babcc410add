package th.nithet.surveys;

import java.util.List;

/**
 * A form as staff build it, and what it assesses, if anything: at most one of {@code targetId} (a
 * supervision or practice), {@code activityId} (a project's activity) and {@code trainingId} (a project's training).
 */
public record SurveyDraft(String title, String description, boolean anonymous, Long targetId, Long activityId, Long trainingId,
                          List<QuestionDraft> questions) {

    /** {@code choices} only for a choice question; {@code required}: must be answered. */
    public record QuestionDraft(QuestionKind kind, String text, List<String> choices, boolean required) {
    }
}
