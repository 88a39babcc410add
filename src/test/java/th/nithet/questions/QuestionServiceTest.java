package th.nithet.questions;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QuestionServiceTest {

    @Test
    void theMedianIsTheMiddleWaitOrTheMeanOfTheTwoMiddleOnes() {
        assertNull(QuestionService.median(List.of()));
        assertEquals(Duration.ofHours(5), QuestionService.median(List.of(Duration.ofHours(5))));
        assertEquals(Duration.ofHours(3), QuestionService.median(List.of(Duration.ofHours(9), Duration.ofHours(1), Duration.ofHours(3))));
        assertEquals(Duration.ofMinutes(150), QuestionService.median(List.of(Duration.ofHours(4), Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(3))));
    }

    @Test
    void aWaitIsSaidInDaysAndHoursOrHoursAndMinutesOrMinutes() {
        java.util.function.BiFunction<String, Object[], String> text = (key, args) -> key + java.util.Arrays.toString(args);
        assertEquals("qa.span.days[2, 3]", QuestionQueueBean.span(Duration.ofHours(51).plusMinutes(20), text));
        assertEquals("qa.span.hours[5, 10]", QuestionQueueBean.span(Duration.ofMinutes(310), text));
        assertEquals("qa.span.minutes[12]", QuestionQueueBean.span(Duration.ofMinutes(12), text));
    }
}
