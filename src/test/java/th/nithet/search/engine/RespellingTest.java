package th.nithet.search.engine;

import org.junit.jupiter.api.Test;
import th.nithet.search.ShortForms;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The other ways a searched word may be written that search tries too: short forms with and without dots, and long forms. */
class RespellingTest {

    @Test
    void shortFormsWithAndWithoutDotsAndTheirLongForms() {
        List<String> forms = Respelling.otherForms("กคศ", ShortForms.SHIPPED);
        assertTrue(forms.contains("ก.ค.ศ."), forms.toString());
        assertTrue(forms.contains("คณะกรรมการข้าราชการครูและบุคลากรทางการศึกษา"), forms.toString());
        assertTrue(Respelling.otherForms("ก.ค.ศ.", ShortForms.SHIPPED).contains("กคศ"));
        assertTrue(Respelling.otherForms("สพฐ", ShortForms.SHIPPED).contains("สพฐ."));
    }

    @Test
    void anOfficesOwnShortFormIsTriedToo() {
        ShortForms forms = ShortForms.with(List.of(List.of("สนผ.", "กลุ่มนโยบายและแผน")));
        assertTrue(Respelling.otherForms("สนผ", forms).contains("กลุ่มนโยบายและแผน"));
    }
}
