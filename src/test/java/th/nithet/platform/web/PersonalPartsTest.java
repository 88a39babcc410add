package th.nithet.platform.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalPartsTest {

    @Test
    void aKeptPageIsCutAtItsMarkersAndFilledInForEachReader() {
        String marking = PersonalParts.newMarking();
        String page = "<span id=\"signedInAs\">" + PersonalParts.marker(marking, "name") + "</span><p>บทความเรื่องการอ่าน</p>"
                + "<button class=\"" + PersonalParts.marker(marking, "likestyle") + "\">" + PersonalParts.marker(marking, "like")
                + " (3)</button><input name=\"nithet-form-token\" value=\"" + PersonalParts.marker(marking, "token") + "\"/>";
        PersonalParts.Template template = PersonalParts.cut(page.getBytes(StandardCharsets.UTF_8), marking);
        assertEquals(List.of("name", "likestyle", "like", "token"), template.names());

        String first = new String(template.fill(Map.of("name", "ครูหนึ่ง", "likestyle", "ui-button-sm", "like", "ถูกใจแล้ว",
                "token", "t1")), StandardCharsets.UTF_8);
        String second = new String(template.fill(Map.of("name", "ครูสอง", "likestyle", "ui-button-sm ui-button-outlined",
                "like", "ถูกใจ", "token", "t2")), StandardCharsets.UTF_8);
        assertEquals("<span id=\"signedInAs\">ครูหนึ่ง</span><p>บทความเรื่องการอ่าน</p><button class=\"ui-button-sm\">ถูกใจแล้ว (3)</button>"
                + "<input name=\"nithet-form-token\" value=\"t1\"/>", first);
        assertTrue(second.contains("ครูสอง") && second.contains("value=\"t2\"") && !second.contains("ครูหนึ่ง") && !second.contains("t1"),
                second);
    }

    @Test
    void aValueCannotBreakOutOfItsPlace() {
        String marking = PersonalParts.newMarking();
        PersonalParts.Template template = PersonalParts.cut(("<a title=\"" + PersonalParts.marker(marking, "name") + "\">")
                .getBytes(StandardCharsets.UTF_8), marking);
        assertEquals("<a title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;&#39;\">",
                new String(template.fill(Map.of("name", "\"><script>x</script>&'")), StandardCharsets.UTF_8));
    }

    @Test
    void onlyThisRendersMarkersAreParts() {
        String marking = PersonalParts.newMarking();
        String other = PersonalParts.newMarking();
        assertNotEquals(marking, other);
        // what a person wrote that looks like a marker of another render (or of none) stays text
        String page = "<p>" + PersonalParts.marker(other, "token") + " ntpartname0</p>" + PersonalParts.marker(marking, "name");
        PersonalParts.Template template = PersonalParts.cut(page.getBytes(StandardCharsets.UTF_8), marking);
        assertEquals(List.of("name"), template.names());
        assertTrue(new String(template.fill(Map.of("name", "ครู")), StandardCharsets.UTF_8)
                .startsWith("<p>" + PersonalParts.marker(other, "token")));
    }

    @Test
    void aPartWithoutAValueIsAnErrorNotAnEmptyPlace() {
        String marking = PersonalParts.newMarking();
        PersonalParts.Template template = PersonalParts.cut(PersonalParts.marker(marking, "unread").getBytes(StandardCharsets.UTF_8), marking);
        assertThrows(IllegalStateException.class, () -> template.fill(Map.of("name", "ครู")));
        assertThrows(IllegalArgumentException.class, () -> PersonalParts.marker(marking, "Name-1"));
    }
}
