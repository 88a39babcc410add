package th.nithet.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class RichTextTest {

    /** What would run or hide something in a browser, if it came out of the sanitiser. */
    public static final Pattern EXECUTABLE = Pattern.compile(
            "<\\s*(script|style|object|embed|form|input|button|textarea|meta|link|base|frame|frameset|svg|math|"
                    + "video|audio|source|details|marquee|isindex|xss|template|noscript|plaintext|body|bgsound)\\b"
                    + "|\\son[a-z]+\\s*="
                    + "|(javascript|vbscript|data)\\s*:"
                    + "|expression\\s*\\("
                    + "|<iframe(?![^>]*src=\"https://www\\.youtube(-nocookie)?\\.com/embed/)"
                    + "|display\\s*:|visibility\\s*:|position\\s*:|opacity\\s*:|font-size\\s*:"
                    + "|class=\"(?!ql-)",
            Pattern.CASE_INSENSITIVE);

    public static List<String> vectors() throws IOException {
        try (InputStream in = RichTextTest.class.getResourceAsStream("/xss-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void noKnownAttackComesOutExecutable() throws IOException {
        List<String> vectors = vectors();
        assertTrue(vectors.size() >= 50, "the corpus has at least 50 vectors");
        for (String vector : vectors) {
            String cleaned = RichText.clean(vector);
            assertFalse(EXECUTABLE.matcher(cleaned).find(), vector + "\n  came out as\n" + cleaned);
            // what is stored goes through again when edited: still nothing executable
            assertFalse(EXECUTABLE.matcher(RichText.clean(cleaned)).find(), vector);
        }
    }

    @Test
    void theEditorsFormattingSurvives() {
        String html = "<h2>การนิเทศ</h2><p class=\"ql-align-center\"><strong>ตัวหนา</strong> <em>เอียง</em> "
                + "<span style=\"color: rgb(230, 0, 0);\">สีแดง</span></p><ol><li>หนึ่ง</li><li class=\"ql-indent-1\">สอง</li></ol>"
                + "<p><a href=\"https://www.obec.go.th/\" target=\"_blank\">สพฐ.</a> <img src=\"/files/abc.png\" alt=\"ภาพ\"></p>"
                + "<iframe class=\"ql-video\" frameborder=\"0\" allowfullscreen=\"true\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>";
        String cleaned = RichText.clean(html);
        for (String kept : new String[]{"<h2>การนิเทศ</h2>", "class=\"ql-align-center\"", "<strong>ตัวหนา</strong>", "<em>เอียง</em>",
                "color:", "<li class=\"ql-indent-1\">สอง</li>", "href=\"https://www.obec.go.th/\"", "noopener",
                "src=\"/files/abc.png\"", "alt=\"ภาพ\"", "src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\""}) {
            assertTrue(cleaned.contains(kept), kept + " in " + cleaned);
        }
    }

    @Test
    void plainTextKeepsItsLineBreaksAndIsEscaped() {
        assertEquals("<p>บรรทัดแรก<br />บรรทัดสอง</p><p>ย่อหน้าใหม่ 5 &gt; 3</p>",
                RichText.clean("บรรทัดแรก\r\nบรรทัดสอง\n\nย่อหน้าใหม่ 5 > 3"));
        assertEquals("", RichText.clean("   "));
    }

    @Test
    void textIsWhatPeopleRead() {
        String text = RichText.text(RichText.clean("<p>การประเมิน&nbsp;วิทยฐานะ</p><ul><li>ครู &amp; ผู้บริหาร</li></ul>"));
        assertEquals("การประเมิน วิทยฐานะ\nครู & ผู้บริหาร", text);
        assertTrue(RichText.isEmpty(RichText.clean("<p><script>x</script></p>")));
        assertFalse(RichText.isEmpty(RichText.clean("<p><img src=\"https://example.org/a.png\"></p>")));
    }

    @Test
    void webAddressesInPlainTextBecomeLinksAndNothingElseDoes() {
        String html = RichText.fromPlainText("ส่งแผนการสอนแล้วค่ะ มีคลิปที่ https://www.youtube.com/watch?v=abc&t=1.\nขอบคุณค่ะ");
        assertTrue(html.contains("<a href=\"https://www.youtube.com/watch?v&#61;abc&amp;t&#61;1\"")
                || html.contains("<a href=\"https://www.youtube.com/watch?v=abc&amp;t=1\""), html);
        assertTrue(html.contains("</a>.<br />"), "the full stop after the address is not part of it: " + html);
        assertTrue(html.matches("(?s).*rel=\"[^\"]*nofollow[^\"]*\".*") && html.contains("noopener"), html);
        String hostile = RichText.fromPlainText("javascript:alert(1) <script>alert(1)</script> http://x.example/\"onmouseover=alert(1)");
        assertFalse(hostile.contains("<script"), hostile);
        assertFalse(hostile.contains("href=\"javascript"), hostile);
        assertFalse(hostile.contains("onmouseover=\""), hostile);
        assertEquals(RichText.fromPlainText("บรรทัดแรก\nบรรทัดสอง"), RichText.fromPlainOrRich("บรรทัดแรก\nบรรทัดสอง"));
        assertEquals(RichText.clean("<p>ตัว<b>หนา</b></p>"), RichText.fromPlainOrRich("<p>ตัว<b>หนา</b></p>"));
    }
}
