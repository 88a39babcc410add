package th.nithet.search.thai;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThaiSpellingTest {

    private static double d(String a, String b) {
        return ThaiSpelling.distance(a, b);
    }

    @Test
    void theSlipsThaiTypistsMakeAreCheap() {
        assertEquals(ThaiSpelling.SAME_SOUND, d("โอกาศ", "โอกาส"), 1e-9, "ศ ษ ส spell one sound");
        assertEquals(ThaiSpelling.SAME_SOUND, d("ปฎิบัติ", "ปฏิบัติ"), 1e-9, "ฎ and ฏ look alike");
        assertEquals(ThaiSpelling.MARK, d("เครือขาย", "เครือข่าย"), 1e-9, "a tone mark left out");
        assertEquals(ThaiSpelling.MARK + ThaiSpelling.SILENT, d("ประสบการ", "ประสบการณ์"), 1e-9, "a silenced final left out");
        assertEquals(ThaiSpelling.SILENT, d("สัมนา", "สัมมนา"), 1e-9, "one of a doubled consonant");
        assertEquals(2 * ThaiSpelling.LOANWORD_T, d("อินเตอร์เน็ท", "อินเทอร์เน็ต"), 1e-9, "a loanword's t-sounds");
        assertEquals(3 * ThaiSpelling.MARK, d("ก.ค.ศ.", "กคศ"), 1e-9, "dots in a short form");
    }

    @Test
    void otherChangesCostAWholeSlipAndTheMeaningfulMarksStayApart() {
        assertEquals(1, d("ขาย", "ขาว"), 1e-9);
        assertTrue(d("ข้าว", "ขาว") > 0, "a tone mark is cheap, never free: ข้าว is not ขาว");
        assertEquals(0, d("ปฏิบัติ", "ปฏิบัติ"), 1e-9);
        assertEquals(1, d("onlne", "online"), 1e-9);
        assertEquals(d("โอกาส", "โอกาศ"), d("โอกาศ", "โอกาส"), 1e-9, "the same both ways");
    }

    @Test
    void howFarARespellingMayGoDependsOnTheLength() {
        assertTrue(ThaiSpelling.allowed("ศน") < 1, "a short Thai word: only cheap slips");
        assertEquals(1.0, ThaiSpelling.allowed("ปฏิบัติการ"), 1e-9);
        assertEquals(0, ThaiSpelling.allowed("ict"), 1e-9, "short English is never respelled");
        assertEquals(2, ThaiSpelling.allowed("learning"), 1e-9);
    }
}
