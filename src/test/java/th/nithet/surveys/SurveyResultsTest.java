package th.nithet.surveys;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SurveyResultsTest {

    private static SurveyQuestion question(long id, QuestionKind kind, List<String> choices) throws Exception {
        SurveyQuestion q = new SurveyQuestion(null, (int) id, kind, "ข้อ " + id, choices, true);
        Field f = SurveyQuestion.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(q, id);
        return q;
    }

    @Test
    void meansLevelsChoicesAndTheResponseRateAddUp() throws Exception {
        SurveyQuestion likert = question(1, QuestionKind.LIKERT, List.of());
        SurveyQuestion choice = question(2, QuestionKind.CHOICE, List.of("ใช่", "ไม่ใช่", "ไม่แน่ใจ"));
        SurveyQuestion text = question(3, QuestionKind.TEXT, List.of());
        SurveyQuestion unanswered = question(4, QuestionKind.LIKERT, List.of());
        List<SurveyResults.Answer> answers = List.of(
                new SurveyResults.Answer(1, 5, null, null), new SurveyResults.Answer(1, 4, null, null),
                new SurveyResults.Answer(1, 4, null, null), new SurveyResults.Answer(1, 2, null, null),
                new SurveyResults.Answer(2, null, "ใช่", null), new SurveyResults.Answer(2, null, "ใช่", null),
                new SurveyResults.Answer(2, null, "ไม่ใช่", null),
                new SurveyResults.Answer(3, null, null, "ดีมาก"), new SurveyResults.Answer(3, null, null, "  "));

        SurveyResults r = SurveyResults.of(List.of(likert, choice, text, unanswered), answers, 6, 4);

        assertEquals(new BigDecimal("3.75"), r.questions().get(0).mean(), "(5+4+4+2)/4");
        assertEquals(List.of(0L, 1L, 0L, 2L, 1L), r.questions().get(0).levels());
        assertEquals(Map.of("ใช่", 2L, "ไม่ใช่", 1L, "ไม่แน่ใจ", 0L), r.questions().get(1).choices());
        assertEquals(List.of("ใช่", "ไม่ใช่", "ไม่แน่ใจ"), List.copyOf(r.questions().get(1).choices().keySet()), "in the form's order");
        assertEquals(1, r.questions().get(2).answered(), "blank text is no answer");
        assertNull(r.questions().get(3).mean(), "no mean without answers");
        assertEquals(new BigDecimal("66.7"), r.responseRate(), "4 of 6, one decimal, half up");
        assertNull(SurveyResults.of(List.of(likert), List.of(), 0, 0).responseRate(), "nobody sent it: no rate");
        assertEquals(new BigDecimal("2.67"), SurveyResults.of(List.of(likert), List.of(new SurveyResults.Answer(1, 3, null, null),
                new SurveyResults.Answer(1, 3, null, null), new SurveyResults.Answer(1, 2, null, null)), 3, 3).questions().get(0).mean());
    }
}
