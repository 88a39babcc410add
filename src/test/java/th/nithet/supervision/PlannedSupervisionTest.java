package th.nithet.supervision;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlannedSupervisionTest {

    @Test
    void octoberToDecemberBelongToTheYearBeforeTheFiscalYearEnds() {
        // FY 2570 = 1 Oct 2026 – 30 Sep 2027
        assertEquals(YearMonth.of(2026, 10), PlannedSupervision.yearMonth(2570, 10));
        assertEquals(YearMonth.of(2026, 12), PlannedSupervision.yearMonth(2570, 12));
        assertEquals(YearMonth.of(2027, 1), PlannedSupervision.yearMonth(2570, 1));
        assertEquals(YearMonth.of(2027, 9), PlannedSupervision.yearMonth(2570, 9));
    }
}
