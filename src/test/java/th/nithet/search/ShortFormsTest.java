package th.nithet.search;

import org.junit.jupiter.api.Test;
import th.nithet.platform.rules.RuleViolation;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortFormsTest {

    @Test
    void theShippedListHasTheOfficesCommonForms() {
        assertTrue(ShortForms.SHIPPED.of("ศน.").contains("ศึกษานิเทศก์"));
        assertTrue(ShortForms.SHIPPED.of("ศน").contains("ศึกษานิเทศก์"), "dots optional");
        assertTrue(ShortForms.SHIPPED.of("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน").contains("สพฐ."), "and back");
        assertTrue(ShortForms.SHIPPED.of("สนผ").isEmpty());
    }

    @Test
    void theOfficesFormsAreAddedToTheShippedOnes() {
        ShortForms forms = ShortForms.with(List.of(List.of("สนผ.", "กลุ่มนโยบายและแผน")));
        assertTrue(forms.of("สนผ").contains("กลุ่มนโยบายและแผน"));
        assertTrue(forms.of("กลุ่มนโยบายและแผน").contains("สนผ."));
        assertTrue(forms.of("ศน").contains("ศึกษานิเทศก์"), "the shipped ones stay");
        assertTrue(forms.knows("สนผ", "กลุ่มนโยบายและแผน"));
        assertTrue(forms.knows("ศน.", "ศึกษานิเทศก์"));
        assertFalse(forms.knows("ศน.", "กลุ่มนโยบายและแผน"));
    }

    @Test
    void anOfficeShortFormIsCheckedWhenMade() {
        OfficeShortForm form = new OfficeShortForm("  สนผ. ", "กลุ่ม  นโยบาย\nและแผน ", "ผู้ดูแลระบบ", Instant.now());
        assertEquals("สนผ.", form.getShortForm());
        assertEquals("กลุ่ม นโยบาย และแผน", form.getLongForm(), "one line, single spaces");
        assertEquals("shortForms.required", assertThrows(RuleViolation.class,
                () -> new OfficeShortForm("สนผ.", " ", "a", Instant.now())).key());
        assertEquals("shortForms.same", assertThrows(RuleViolation.class,
                () -> new OfficeShortForm("ก.ค.ศ.", "กคศ", "a", Instant.now())).key());
        assertEquals("shortForms.noLetters", assertThrows(RuleViolation.class,
                () -> new OfficeShortForm("...", "กลุ่มนโยบายและแผน", "a", Instant.now())).key());
        assertEquals("shortForms.shortTooLong", assertThrows(RuleViolation.class,
                () -> new OfficeShortForm("ก".repeat(OfficeShortForm.MAX_SHORT + 1), "กลุ่ม", "a", Instant.now())).key());
    }
}
