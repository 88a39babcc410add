package th.nithet.platform.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The font's rules, mark by mark: what a 100 dpi picture is too coarse to show for a single mark. Each case
 * is compared with the same text unshaped (each character's own glyph at its own advance), which is how
 * PDFBox's showText draws Thai.
 */
class ShaperTest {

    private static ShapedText shaped(String text) {
        return Shaper.shape(text, PdfFont.REGULAR, 1000);
    }

    private static ShapedText unshaped(String text) {
        return Shaper.unshaped(text, PdfFont.REGULAR, 1000);
    }

    @Test
    void upperVowelAndToneMoveLeftOfPoPlasTail() {
        ShapedText pi = shaped("ปี่");
        ShapedText naive = unshaped("ปี่");
        float poWidth = naive.x()[1];
        assertTrue(pi.x()[1] < poWidth - 50, "sara ii sits left of ป's tail: " + pi.x()[1] + " vs " + poWidth);
        assertTrue(pi.x()[2] < poWidth - 50, "and so does mai ek");
    }

    @Test
    void toneMarkIsLoweredWhereThereIsNoUpperVowel() {
        int toneOverVowel = shaped("ที่").glyphs()[2];
        int toneAlone = shaped("ใหญ่").glyphs()[3];
        assertNotEquals(toneOverVowel, toneAlone, "mai ek over sara ii is drawn higher than mai ek alone");
        assertNotEquals(unshaped("ผู้").glyphs()[2], shaped("ผู้").glyphs()[2], "mai tho over a lower vowel is lowered");
        assertNotEquals(unshaped("ก้าน").glyphs()[1], shaped("ก้าน").glyphs()[1]);
        assertNotEquals(unshaped("ศึกษานิเทศก์").glyphs()[11], shaped("ศึกษานิเทศก์").glyphs()[11], "thanthakhat lowered");
    }

    @Test
    void yoYingLosesItsTailAboveALowerVowel() {
        ShapedText word = shaped("กตัญญู");
        int yoYing = unshaped("ญ").glyphs()[0];
        assertEquals(yoYing, word.glyphs()[3], "ญ with nothing under it keeps its tail");
        assertNotEquals(yoYing, word.glyphs()[4], "ญ over sara uu is drawn without it");
    }

    @Test
    void saraAmIsSplitSoThatTheToneGoesBetween() {
        ShapedText kam = shaped("ก่ำ");
        assertEquals(4, kam.glyphs().length, "ก, nikhahit, mai ek, sara aa");
        List<ShapedText.Cluster> clusters = kam.clusters();
        assertEquals(1, clusters.size(), "one grapheme");
        assertEquals("ก่ำ", clusters.get(0).text());
        assertEquals(List.of("ก", "่", "ํ", "า"), List.of(clusters.get(0).glyphText()),
                "the halves of sara am stand for its decomposition, after the tone (ToUnicode gives ก่ํา)");
    }

    @Test
    void everyCharacterOfTheSampleHasAGlyph() {
        ShapedText sample = shaped(ThaiPdfTest.STACKED + " " + ThaiPdfTest.PARAGRAPH);
        for (int glyph : sample.glyphs()) {
            assertNotEquals(0, glyph, "no .notdef box");
        }
        ShapedText digits = shaped("๒๕๖๙");
        assertEquals(4, digits.glyphs().length);
        assertEquals(digits.width(), unshaped("๒๕๖๙").width(), 0.01, "digits are not touched");
    }

    @Test
    void clustersFollowGraphemesAndKeepTheTextInOrder() {
        ShapedText text = shaped("ผู้ใหญ่ Thai");
        StringBuilder joined = new StringBuilder();
        for (ShapedText.Cluster cluster : text.clusters()) {
            joined.append(cluster.text());
        }
        assertEquals("ผู้ใหญ่ Thai", joined.toString());
        assertEquals("ผู้", text.clusters().get(0).text());
        assertEquals(List.of("ผ", "ู", "้"), List.of(text.clusters().get(0).glyphText()),
                "one character per glyph, in the order typed (the shaper gives the lowered mai tho first)");
        assertEquals(unshaped("ู").glyphs()[0], text.glyphs()[1], "sara uu is drawn second");
    }
}
