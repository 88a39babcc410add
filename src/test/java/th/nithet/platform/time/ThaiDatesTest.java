package th.nithet.platform.time;

import org.junit.jupiter.api.Test;
import th.nithet.platform.i18n.Languages;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThaiDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void thaiUsesTheBuddhistEraAndThaiMonths() {
        assertEquals("26 พฤศจิกายน 2569", ThaiDates.longDate(DAY, Languages.THAI));
        assertEquals("26 พ.ย. 2569", ThaiDates.shortDate(DAY, Languages.THAI));
        assertEquals("1 มกราคม 2500", ThaiDates.longDate(LocalDate.of(1957, 1, 1), Languages.THAI));
        assertEquals(2568, ThaiDates.buddhistYear(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void englishUsesTheCommonEra() {
        assertEquals("26 November 2026", ThaiDates.longDate(DAY, Languages.ENGLISH));
        assertEquals("26 Nov 2026", ThaiDates.shortDate(DAY, Languages.ENGLISH));
        assertEquals("February", ThaiDates.monthName(2, Languages.ENGLISH));
        assertEquals("กุมภาพันธ์", ThaiDates.monthName(2, Languages.THAI));
    }

    @Test
    void timesAreShownInBangkokTime() {
        // 17:30 UTC on 31 December is already New Year's Day in Bangkok (UTC+7)
        Instant instant = Instant.parse("2025-12-31T17:30:00Z");
        assertEquals("1 ม.ค. 2569 เวลา 00:30 น.", ThaiDates.dateTime(instant, Languages.THAI));
        assertEquals("1 Jan 2026, 00:30", ThaiDates.dateTime(instant, Languages.ENGLISH));
    }

    @Test
    void parsesDatesAsTheyAreTypedIntoSpreadsheets() {
        LocalDate june = LocalDate.of(2017, 6, 1);
        for (String text : new String[]{"2017-06-01", "1/6/2560", "01/06/2017", "1-6-2560", "1.6.2560", "๑/๖/๒๕๖๐",
                "1 มิ.ย. 2560", "1 มิย 2560", "1 มิถุนายน 2560", "1 มิถุนายน พ.ศ. 2560", "๑ มิถุนายน ๒๕๖๐", "1 June 2017", "1 Jun 2017"}) {
            assertEquals(java.util.Optional.of(june), ThaiDates.parse(text), text);
        }
    }

    @Test
    void refusesWhatIsNotARealDay() {
        for (String text : new String[]{"", "  ", "31/2/2560", "2560", "1 ฝน 2560", "13/13/2017", "tomorrow"}) {
            assertEquals(java.util.Optional.empty(), ThaiDates.parse(text), text);
        }
    }
}
