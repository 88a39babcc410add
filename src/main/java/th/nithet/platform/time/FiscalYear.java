package th.nithet.platform.time;

import java.time.LocalDate;

/**
 * ปีงบประมาณ: 1 October to 30 September, named by the Buddhist-era year it ends in
 * (FY 2568 = 1 Oct 2024 – 30 Sep 2025).
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

    public static FiscalYear of(LocalDate date) {
        int endYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(endYear + ThaiDates.BUDDHIST_ERA_OFFSET);
    }

    public static FiscalYear current() {
        return of(ThaiDates.today());
    }

    public LocalDate firstDay() {
        return LocalDate.of(buddhistYear - ThaiDates.BUDDHIST_ERA_OFFSET - 1, 10, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(buddhistYear - ThaiDates.BUDDHIST_ERA_OFFSET, 9, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistYear, other.buddhistYear);
    }
}
