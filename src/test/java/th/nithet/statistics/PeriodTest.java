package th.nithet.statistics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The periods statistics are read for, and the shares they are reported in, without a database. */
class PeriodTest {

    @Test
    void aFiscalYearRunsFromOctoberOfThePreviousYear() {
        Period year = Period.of(2569, null);
        assertTrue(year.isWholeYear());
        assertEquals(LocalDate.of(2025, 10, 1), year.from());
        assertEquals(LocalDate.of(2026, 9, 30), year.to());
        assertEquals(12, year.months().size());
        assertEquals(LocalDate.of(2025, 10, 1), year.months().get(0));
        assertEquals(LocalDate.of(2026, 9, 1), year.months().get(11));
    }

    @Test
    void aMonthBeforeJanuaryBelongsToTheCalendarYearBefore() {
        Period november = Period.of(2569, 11);
        assertFalse(november.isWholeYear());
        assertEquals(LocalDate.of(2025, 11, 1), november.from());
        assertEquals(LocalDate.of(2025, 11, 30), november.to());
        Period february = Period.of(2568, 2);
        assertEquals(LocalDate.of(2025, 2, 28), february.to(), "2025 is not a leap year");
        assertEquals(LocalDate.of(2024, 2, 29), Period.of(2567, 2).to(), "2024 is");
        assertEquals(1, february.months().size());
    }

    @Test
    void itsBoundsAreBangkokMidnightsAsStoredInUtc() {
        Period october = Period.of(2569, 10);
        assertEquals(LocalDateTime.of(2025, 9, 30, 17, 0), october.startUtc(), "00:00 in Bangkok is 17:00 UTC the day before");
        assertEquals(LocalDateTime.of(2025, 10, 31, 17, 0), october.endUtc(), "the end is the next month's first instant");
    }

    @Test
    void thereIsNoThirteenthMonth() {
        assertThrows(IllegalArgumentException.class, () -> Period.of(2569, 13));
        assertThrows(IllegalArgumentException.class, () -> Period.of(2569, 0));
    }

    @Test
    void sharesHaveTwoDecimalsAndNoneWithoutAWhole() {
        assertEquals(new BigDecimal("96.57"), Percent.of(2817, 2917));
        assertEquals(new BigDecimal("33.33"), Percent.of(new BigDecimal("1"), new BigDecimal("3")));
        assertEquals(new BigDecimal("100.00"), Percent.of(5, 5));
        assertNull(Percent.of(3, 0));
        assertNull(Percent.of(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(Percent.of(null, BigDecimal.TEN));
        assertEquals("", Percent.text(null));
        assertEquals("96.57", Percent.text(Percent.of(2817, 2917)));
    }
}
