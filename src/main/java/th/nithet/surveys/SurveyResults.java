package th.nithet.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form's answers add up to: per question the number answered, for Likert questions the mean
 * (two decimals, half up) and how many gave each level 1–5, for choice questions the count of each
 * choice, for text questions the texts; and the response rate (responses of people sent the form,
 * one decimal). Pure arithmetic, so that it is tested with known answers.
 */
public record SurveyResults(long invited, long responded, BigDecimal responseRate, List<QuestionResult> questions) {

    /** One answer as stored: the question and the value given (a level, a choice or a text). */
    public record Answer(long questionId, Integer likert, String choice, String text) {
    }

    public record QuestionResult(SurveyQuestion question, long answered, BigDecimal mean, List<Long> levels,
                                 Map<String, Long> choices, List<String> texts) {
    }

    public static SurveyResults of(List<SurveyQuestion> questions, List<Answer> answers, long invited, long responded) {
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion q : questions) {
            List<Answer> mine = answers.stream().filter(a -> a.questionId() == q.getId()).toList();
            List<Long> levels = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
            Map<String, Long> choices = new LinkedHashMap<>();
            q.getChoices().forEach(c -> choices.put(c, 0L));
            List<String> texts = new ArrayList<>();
            long answered = 0;
            long sum = 0;
            for (Answer a : mine) {
                switch (q.getKind()) {
                    case LIKERT -> {
                        if (a.likert() != null) {
                            answered++;
                            sum += a.likert();
                            levels.set(a.likert() - 1, levels.get(a.likert() - 1) + 1);
                        }
                    }
                    case CHOICE -> {
                        if (a.choice() != null) {
                            answered++;
                            choices.merge(a.choice(), 1L, Long::sum);
                        }
                    }
                    case TEXT -> {
                        if (a.text() != null && !a.text().isBlank()) {
                            answered++;
                            texts.add(a.text());
                        }
                    }
                }
            }
            BigDecimal mean = q.getKind() == QuestionKind.LIKERT && answered > 0
                    ? BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP) : null;
            results.add(new QuestionResult(q, answered, mean, List.copyOf(levels), choices, texts));
        }
        BigDecimal rate = invited == 0 ? null
                : BigDecimal.valueOf(responded * 100L).divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
        return new SurveyResults(invited, responded, rate, results);
    }
}
