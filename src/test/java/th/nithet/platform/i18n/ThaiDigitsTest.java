package th.nithet.platform.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ThaiDigitsTest {

    @Test
    void thaiDigitsBecomeArabicAndNothingElseChanges() {
        assertEquals("2567", ThaiDigits.toArabic("๒๕๖๗"));
        assertEquals("โรงเรียน 10 แห่ง ปี 2569", ThaiDigits.toArabic("โรงเรียน ๑๐ แห่ง ปี 2569"));
        assertEquals("0123456789", ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙"));
        assertNull(ThaiDigits.toArabic(null));
    }
}
