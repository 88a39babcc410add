package th.nithet.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as people read them: in Thai the Buddhist era (พ.ศ. = ค.ศ. + 543) with Thai month names,
 * in English the Common Era. The office's clock is Asia/Bangkok.
 */
public final class ThaiDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");
    public static final int BUDDHIST_ERA_OFFSET = 543;

    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] SHORT_MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final DateTimeFormatter ENGLISH_LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ThaiDates() {
    }

    public static boolean isThai(Locale locale) {
        return locale == null || "th".equals(locale.getLanguage());
    }

    public static int buddhistYear(LocalDate date) {
        return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
    }

    /** "26 พฤศจิกายน 2569" or "26 November 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        if (!isThai(locale)) {
            return ENGLISH_LONG.format(date);
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }

    /** "26 พ.ย. 2569" or "26 Nov 2026". */
    public static String shortDate(LocalDate date, Locale locale) {
        if (!isThai(locale)) {
            return ENGLISH_SHORT.format(date);
        }
        return date.getDayOfMonth() + " " + SHORT_MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }

    /** "26 พ.ย. 2569 เวลา 14:05 น." or "26 Nov 2026, 14:05", in Bangkok time. */
    public static String dateTime(Instant instant, Locale locale) {
        ZonedDateTime local = instant.atZone(ZONE);
        String time = TIME.format(local);
        return isThai(locale)
                ? shortDate(local.toLocalDate(), locale) + " เวลา " + time + " น."
                : shortDate(local.toLocalDate(), locale) + ", " + time;
    }

    public static String monthName(int month, Locale locale) {
        return isThai(locale) ? MONTHS[month - 1]
                : java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
