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

    /** The years people choose between on a page (as Buddhist-era numbers): next year to plan, this one, and the two before. */
    public static java.util.List<Integer> choices() {
        int now = current().buddhistYear();
        return java.util.List.of(now + 1, now, now - 1, now - 2);
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
