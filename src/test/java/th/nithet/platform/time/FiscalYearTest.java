package th.nithet.platform.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalYearTest {

    @Test
    void fiscalYear2568RunsFromOctober2024ToSeptember2025() {
        FiscalYear fy = new FiscalYear(2568);
        assertEquals(LocalDate.of(2024, 10, 1), fy.firstDay());
        assertEquals(LocalDate.of(2025, 9, 30), fy.lastDay());
        assertEquals(fy, FiscalYear.of(LocalDate.of(2024, 10, 1)));
        assertEquals(fy, FiscalYear.of(LocalDate.of(2025, 9, 30)));
        assertEquals(new FiscalYear(2567), FiscalYear.of(LocalDate.of(2024, 9, 30)));
        assertEquals(new FiscalYear(2569), FiscalYear.of(LocalDate.of(2025, 10, 1)));
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        FiscalYear fy = new FiscalYear(2570);
        assertTrue(fy.contains(LocalDate.of(2026, 10, 1)));
        assertTrue(fy.contains(LocalDate.of(2027, 9, 30)));
        assertFalse(fy.contains(LocalDate.of(2026, 9, 30)));
        assertFalse(fy.contains(LocalDate.of(2027, 10, 1)));
    }
}
