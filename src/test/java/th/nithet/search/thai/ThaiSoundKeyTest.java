package th.nithet.search.thai;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThaiSoundKeyTest {

    @Test
    void theKeysThePaperGivesAsExamples() {
        assertEquals("ร1000", ThaiSoundKey.lk82("ลัก"));
        assertEquals("ร1000", ThaiSoundKey.lk82("รัก"));
        assertEquals("ร1000", ThaiSoundKey.lk82("รักษ์"), "a letter silenced by the karan is not read");
        assertEquals("บE419", ThaiSoundKey.lk82("บูรณการ"));
        assertEquals("ป3E54", ThaiSoundKey.lk82("ปัจจุบัน"));
        assertEquals(ThaiSoundKey.lk82("รถ"), ThaiSoundKey.lk82("รด"));
    }

    @Test
    void aSyllableEndsInOneOfSixSounds() {
        assertTrue(ThaiSoundKey.soundAlike("กิจกรรม", "กิตกรรม"), "จ and ต both end in t");
        assertTrue(ThaiSoundKey.soundAlike("คลิป", "คลิบ"), "ป and บ both end in p");
        assertTrue(ThaiSoundKey.soundAlike("เทคนิค", "เทคนิก"), "ค and ก both end in k");
        assertTrue(ThaiSoundKey.soundAlike("ประสบการณ์", "ประสพการณ์"));
        assertTrue(ThaiSoundKey.soundAlike("อนุญาต", "อนุญาด"));
        assertTrue(ThaiSoundKey.soundAlike("ประเมิน", "ประเมิณ"));
    }

    @Test
    void loanwordsSpeltSeveralWaysReadAlike() {
        assertTrue(ThaiSoundKey.soundAlike("แอปพลิเคชัน", "แอพพลิเคชั่น"), "a tone mark is not read; ป and พ end alike");
        assertTrue(ThaiSoundKey.soundAlike("เว็บไซต์", "เว็บไซท์"));
        assertTrue(ThaiSoundKey.soundAlike("ณัฐพงษ์", "ณัฐพงศ์"), "a name's silent ending");
        assertTrue(ThaiSoundKey.soundAlike("สมศักดิ์", "สมศักด์"));
    }

    @Test
    void wordsReadDifferentlyKeepDifferentKeys() {
        assertFalse(ThaiSoundKey.soundAlike("เรียน", "เรียง"), "น ends in n, ง in ng");
        assertFalse(ThaiSoundKey.soundAlike("ประเมิน", "ประมาณ"));
        assertFalse(ThaiSoundKey.soundAlike("คลิป", "คลิก"));
        assertTrue(ThaiSoundKey.soundAlike("ออนไลน์", "ออนไลท์"), "but both silenced endings are not read at all");
    }

    @Test
    void onlyThaiWordsHaveAKey() {
        assertEquals("", ThaiSoundKey.of("online"));
        assertEquals("", ThaiSoundKey.of("2567"));
        assertEquals("", ThaiSoundKey.lk82(""));
        assertFalse(ThaiSoundKey.soundAlike("online", "online"), "English is matched by its own rules");
    }

    @Test
    void marksThatAreNotReadAreNotWritten() {
        assertEquals(ThaiSoundKey.of("เด็ก"), ThaiSoundKey.of("เดก"), "the short-vowel sign");
        assertEquals(ThaiSoundKey.of("ต่างๆ"), ThaiSoundKey.of("ต่าง"), "the repetition sign");
        assertEquals(ThaiSoundKey.of("เหตุ"), ThaiSoundKey.of("เหต"), "the silent ุ after a later ต");
        assertNotEquals(ThaiSoundKey.of("ธุรการ"), ThaiSoundKey.of("ธรการ"), "ธุ at the start is read");
    }
}
