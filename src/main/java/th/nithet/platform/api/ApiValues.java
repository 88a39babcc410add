package th.nithet.platform.api;

import th.nithet.platform.rules.InvalidFields;

import java.time.LocalDate;
import java.util.Locale;

/** Reading what people and scripts write — a choice ("digest", "area"), a date, a number — into the value it names. */
public final class ApiValues {

    private ApiValues() {
    }

    /**
     * The constant of {@code type} named by {@code value} in any case; null for none (null or blank);
     * anything else is a problem of {@code field}, said with message {@code problemKey} (given the value).
     */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String problemKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            InvalidFields.collect().check(false, field, problemKey, value).throwIfAny();
            return null;
        }
    }

    /** The same, adding the problem to {@code problems} (and answering null) so that every field is named at once. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String problemKey, InvalidFields.Collector problems) {
        try {
            return oneOf(type, value, field, problemKey);
        } catch (InvalidFields e) {
            problems.check(false, field, problemKey, value);
            return null;
        }
    }

    /**
     * A date as people write it (16/1/2569, 16 ม.ค. ๒๕๖๙, 2026-01-16); null for none; anything else is
     * a problem of {@code field} added to {@code problems} (said with the value), and null.
     */
    public static LocalDate date(String value, String field, InvalidFields.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = th.nithet.platform.time.ThaiDates.parse(value).orElse(null);
        problems.check(date != null, field, "supervision.badDate", value);
        return date;
    }

    /**
     * A number as people write it ("1,250.50", "๑๒๕๐"); null for none; anything else is a problem of
     * {@code field} added to {@code problems} (said with the value), and null.
     */
    public static java.math.BigDecimal number(String value, String field, InvalidFields.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(th.nithet.platform.i18n.ThaiDigits.toArabic(value).strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.check(false, field, "project.badNumber", value);
            return null;
        }
    }
}
