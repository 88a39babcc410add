package th.nithet.indicators;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quality levels from values: the band edges exactly, moved edges, counts against targets, rubric levels. */
class IndicatorTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Indicator indicator(Measure measure, String target, QualityMethod method, PercentBands bands) {
        Indicator i = new Indicator(null);
        i.define(new Indicator.Definition(2570, "ตัวชี้วัด", null, measure, target == null ? null : d(target), null, method, bands,
                method == QualityMethod.RUBRIC ? List.of("๑", "๒", "๓", "๔") : null));
        return i;
    }

    @Test
    void theDefaultBandsAreTheSeedsPercentagesWithEdgesBelongingToTheHigherLevel() {
        PercentBands bands = PercentBands.DEFAULT;
        assertEquals(1, bands.levelOf(d("0")));
        assertEquals(1, bands.levelOf(d("79.99")));
        assertEquals(2, bands.levelOf(d("80")));
        assertEquals(2, bands.levelOf(d("80.00")));
        assertEquals(2, bands.levelOf(d("89.99")));
        assertEquals(3, bands.levelOf(d("90")));
        assertEquals(3, bands.levelOf(d("99.99")));
        assertEquals(4, bands.levelOf(d("100")));
        assertEquals(4, bands.levelOf(d("112.5")), "more than the target is still the top level");
        assertNull(bands.levelOf(null));
    }

    @Test
    void edgesCanBeMovedButMustRise() {
        PercentBands moved = new PercentBands(d("60"), d("75"), d("95"));
        assertTrue(moved.isValid());
        assertEquals(1, moved.levelOf(d("59.99")));
        assertEquals(2, moved.levelOf(d("60")));
        assertEquals(3, moved.levelOf(d("94.99")));
        assertEquals(4, moved.levelOf(d("95")));
        assertFalse(new PercentBands(d("90"), d("80"), d("100")).isValid());
        assertFalse(new PercentBands(d("80"), d("80"), d("100")).isValid());
        assertFalse(new PercentBands(d("0"), d("80"), d("100")).isValid());
        assertFalse(new PercentBands(d("80"), d("90"), null).isValid());
    }

    @Test
    void aPercentageIsItsOwnAchievementACountIsMeasuredAgainstItsTarget() {
        Indicator percent = indicator(Measure.SUPERVISION_COVERAGE_PERCENT, null, QualityMethod.BANDS, PercentBands.DEFAULT);
        assertEquals(new Indicator.Evaluation(d("96.57"), d("96.57"), 3), percent.evaluate(d("96.57")));
        Indicator count = indicator(Measure.VIEWS, "998", QualityMethod.BANDS, PercentBands.DEFAULT);
        assertEquals(new Indicator.Evaluation(d("998"), d("100.00"), 4), count.evaluate(d("998")));
        assertEquals(d("79.96"), count.evaluate(d("798")).achievement());
        assertEquals(1, count.evaluate(d("798")).level(), "798 of 998 is 79.96 %");
        assertEquals(2, count.evaluate(d("798.4")).level(), "798.4 of 998 is 80.00 %, on the edge");
        assertEquals(new Indicator.Evaluation(null, null, null), count.evaluate(null), "nothing to measure yet");
    }

    @Test
    void aRubricsLevelIsWhatStaffChose() {
        Indicator rubric = indicator(Measure.MANUAL, null, QualityMethod.RUBRIC, PercentBands.DEFAULT);
        assertNull(rubric.evaluate(d("50")).level());
        rubric.record(d("50"), 3);
        assertEquals(3, rubric.evaluate(rubric.getManualValue()).level());
        assertEquals(d("50"), rubric.getManualValue());
        assertEquals(List.of("๑", "๒", "๓", "๔"), rubric.getRubric());
    }
}
