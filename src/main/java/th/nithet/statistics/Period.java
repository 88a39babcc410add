package th.nithet.statistics;

import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What the statistics are about: a fiscal year (1 Oct – 30 Sep, Buddhist era), or one calendar month
 * of it. Days are Bangkok days; {@link #startUtc()}/{@link #endUtc()} bound the instants stored as UTC.
 */
public record Period(FiscalYear year, Integer month) {

    public Period {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month);
        }
    }

    public static Period of(int buddhistYear, Integer month) {
        return new Period(new FiscalYear(buddhistYear), month);
    }

    /** The first day. */
    public LocalDate from() {
        if (month == null) {
            return year.firstDay();
        }
        int ce = year.buddhistYear() - ThaiDates.BUDDHIST_ERA_OFFSET;
        return LocalDate.of(month >= 10 ? ce - 1 : ce, month, 1);
    }

    /** The last day (inclusive). */
    public LocalDate to() {
        return month == null ? year.lastDay() : from().with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The first instant, as the UTC wall time stored in DATETIME columns. */
    public LocalDateTime startUtc() {
        return from().atStartOfDay(ThaiDates.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** The instant just after the period, as stored UTC wall time (exclusive bound). */
    public LocalDateTime endUtc() {
        return to().plusDays(1).atStartOfDay(ThaiDates.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** The first days of the months in the period, in order. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = from(); !m.isAfter(to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean isWholeYear() {
        return month == null;
    }
}
