package th.nithet.platform.time;

import th.nithet.platform.i18n.ThaiDigits;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.Month;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** "1/6/2560" or "1/6/2017": the form people type back in, which {@link #parse} reads. */
    public static String numericDate(LocalDate date, Locale locale) {
        int year = isThai(locale) ? buddhistYear(date) : date.getYear();
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + year;
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
                : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "ต.ค." or "Oct": for chart axes and narrow columns. */
    public static String shortMonthName(int month, Locale locale) {
        return isThai(locale) ? SHORT_MONTHS[month - 1]
                : Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The day {@code instant} falls on in Bangkok. */
    public static LocalDate today(java.time.Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2}) ?([^\\d ]+) ?(\\d{4})");
    private static final Pattern ERA = Pattern.compile("(พ\\.? ?ศ\\.?|ค\\.? ?ศ\\.?|B\\.? ?E\\.?|A\\.? ?D\\.?)(?= ?\\d{4}$)");

    /**
     * A date as people type it into a spreadsheet: {@code 2017-06-01}, {@code 1/6/2560},
     * {@code 01-06-2017}, {@code 1 มิ.ย. 2560}, {@code 1 มิถุนายน พ.ศ. 2560}, {@code 1 June 2017},
     * Thai digits too. Day first, as in Thailand. A year above 2400 is a Buddhist-era year.
     * Empty when the text is not a date or not a real day (31/2/2560).
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String clean = ERA.matcher(ThaiDigits.toArabic(text).strip().replaceAll("\\s+", " ")).replaceAll("")
                .replaceAll(" +", " ").replace(",", "").strip();
        try {
            Matcher m = ISO.matcher(clean);
            if (m.matches()) {
                return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = NUMERIC.matcher(clean);
            if (m.matches()) {
                return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = WORDS.matcher(clean);
            if (m.matches()) {
                int month = month(m.group(2));
                return month == 0 ? Optional.empty()
                        : date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        int ce = year > 2400 ? year - BUDDHIST_ERA_OFFSET : year;
        return Optional.of(LocalDate.of(ce, month, day));
    }

    /** 1–12 for a Thai month name (full or abbreviated) or an English one; 0 when none. */
    private static int month(String name) {
        for (int i = 0; i < 12; i++) {
            if (name.equals(MONTHS[i]) || name.equals(SHORT_MONTHS[i]) || name.equals(SHORT_MONTHS[i].replace(".", ""))) {
                return i + 1;
            }
            String english = Month.of(i + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (name.equalsIgnoreCase(english) || (name.length() >= 3 && name.length() <= english.length()
                    && english.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT).replace(".", "")))) {
                return i + 1;
            }
        }
        return 0;
    }
}
