package th.nithet.platform.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thai shaping by the JDK: {@link Font#layoutGlyphVector} runs the font's OpenType rules (HarfBuzz inside
 * the JDK), which put tone marks above upper vowels, lower them where there is none, move them left over
 * ป ฝ ฟ, and swap ญ ฐ for their tail-less forms above lower vowels. PDFBox has no Thai shaping (no GPOS at
 * all), so drawing characters one after the other gives overlapping marks; here we only take the glyphs
 * and positions the JDK worked out and let {@link PdfAssembler} write them as they are.
 */
final class Shaper {

    /**
     * Shaped at a large size and scaled down: positions come out in font units (1000 to the em for
     * Laksaman), so hinting and rounding at small sizes never creep in.
     */
    static final float SHAPING_SIZE = 1000f;

    private static final ULocale THAI = new ULocale("th");

    /** No transform, no anti-aliasing, fractional metrics: the font's own advances, unrounded. */
    static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    /** How text becomes glyphs: {@link #shape} in documents; {@link #unshaped} only to show what goes wrong. */
    @FunctionalInterface
    interface Shaping {
        ShapedText shape(String text, PdfFont font, float size);
    }

    private Shaper() {
    }

    static ShapedText shape(String text, PdfFont font, float size) {
        char[] chars = text.toCharArray();
        Font awt = font.awt(SHAPING_SIZE);
        // Thai, Latin and digits are all left to right; right-to-left scripts are not supported (docs/pdf.md)
        GlyphVector vector = awt.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        return fromVector(text, font, size, vector);
    }

    /**
     * Each character's glyph from the cmap, one after the other at its advance, no rules applied: what
     * PDFBox's showText draws for Thai (tone marks collide with upper vowels, ญ ฐ keep their tails over
     * lower vowels). Only for tests and comparisons.
     */
    static ShapedText unshaped(String text, PdfFont font, float size) {
        return fromVector(text, font, size, font.awt(SHAPING_SIZE).createGlyphVector(FRC, text.toCharArray()));
    }

    private static ShapedText fromVector(String text, PdfFont font, float size, GlyphVector vector) {
        int n = vector.getNumGlyphs();
        int[] glyphs = vector.getGlyphCodes(0, n, null);
        float[] positions = vector.getGlyphPositions(0, n + 1, null);
        int[] charIndex = vector.getGlyphCharIndices(0, n, null);
        float scale = size / SHAPING_SIZE;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = positions[2 * i] * scale;
            y[i] = -positions[2 * i + 1] * scale; // AWT's y grows downwards
        }
        float width = positions[2 * n] * scale;
        List<ShapedText.Cluster> clusters = clusters(text, font, glyphs, x, y, charIndex);
        return new ShapedText(text, font, size, glyphs, x, y, width, clusters);
    }

    /**
     * Groups glyphs by user-perceived character (grapheme cluster: a consonant with its vowel and tone
     * marks) and works out which characters each glyph stands for. The shaper gives each glyph the index
     * of the first character of its own cluster; a group runs on while glyphs come back to characters
     * already seen (ก่ำ's reordering) or stay inside the same grapheme. Inside a group the JDK's character
     * indices cannot be trusted glyph by glyph (for ผู้ the shaper puts the lowered mai tho before sara uu
     * and still numbers them 1, 2), so glyphs are matched to characters through the cmap instead, and put
     * back into the order typed: drawing order inside a group changes nothing on the page (every glyph
     * has its own position), but readers without /ActualText copy glyphs in drawing order.
     */
    static List<ShapedText.Cluster> clusters(String text, PdfFont font, int[] glyphs, float[] x, float[] y,
                                             int[] charIndex) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(THAI);
        graphemes.setText(text);
        List<ShapedText.Cluster> clusters = new ArrayList<>();
        int n = glyphs.length;
        int start = 0;
        while (start < n) {
            int firstChar = charIndex[start];
            int maxChar = firstChar;
            int end = start + 1;
            while (end < n && (charIndex[end] <= maxChar || !graphemes.isBoundary(charIndex[end]))) {
                maxChar = Math.max(maxChar, charIndex[end]);
                end++;
            }
            int endChar = end < n ? charIndex[end] : text.length();
            String clusterText = text.substring(firstChar, endChar);
            String[] glyphText = matchAndReorder(clusterText, font, glyphs, x, y, start, end);
            clusters.add(new ShapedText.Cluster(start, end, clusterText, glyphText));
            start = end;
        }
        return clusters;
    }

    /**
     * Which characters of {@code cluster} each glyph in {@code [start, end)} shows, reordering the glyphs
     * (with their positions) into the order of those characters. A glyph that is a character's own cmap
     * glyph shows that character; one that is the cmap glyph of part of a character's compatibility
     * decomposition (the nikhahit and sara aa that ำ is drawn as) shows that part; a glyph the rules put in
     * (a ญ without its tail, a lowered tone mark) shows the one character left over, if exactly one is.
     * Null where a glyph shows no character that can be told: it is left out of ToUnicode.
     */
    private static String[] matchAndReorder(String cluster, PdfFont font, int[] glyphs, float[] x, float[] y,
                                            int start, int end) {
        int count = end - start;
        if (count == 1) {
            return new String[]{cluster}; // one glyph for all of it (a letter, a ligature)
        }
        String[] glyphText = new String[count];
        int[] order = new int[count];
        Arrays.fill(order, -1);
        boolean[] shown = new boolean[cluster.length()];
        for (int g = 0; g < count; g++) {
            for (int c = 0; c < cluster.length(); c++) {
                if (!shown[c] && font.cmapGlyph(cluster.charAt(c)) == glyphs[start + g]) {
                    glyphText[g] = String.valueOf(cluster.charAt(c));
                    order[g] = c;
                    shown[c] = true;
                    break;
                }
            }
        }
        for (int g = 0; g < count; g++) {
            for (int c = 0; c < cluster.length() && order[g] < 0; c++) {
                String parts = Normalizer.normalize(String.valueOf(cluster.charAt(c)), Normalizer.Form.NFKD);
                for (char part : parts.toCharArray()) {
                    if (!shown[c] && parts.length() > 1 && font.cmapGlyph(part) == glyphs[start + g]) {
                        glyphText[g] = String.valueOf(part);
                        order[g] = c;
                    }
                }
            }
        }
        for (int g = 0; g < count; g++) {
            if (order[g] >= 0 && glyphText[g].length() == 1 && glyphText[g].charAt(0) != cluster.charAt(order[g])) {
                shown[order[g]] = true; // a decomposed character is shown once all of it has been seen
            }
        }
        int unmatchedGlyph = -1;
        int unmatchedGlyphs = 0;
        for (int g = 0; g < count; g++) {
            if (order[g] < 0) {
                unmatchedGlyph = g;
                unmatchedGlyphs++;
            }
        }
        int leftOver = -1;
        int leftOvers = 0;
        for (int c = 0; c < cluster.length(); c++) {
            if (!shown[c]) {
                leftOver = c;
                leftOvers++;
            }
        }
        if (unmatchedGlyphs == 1 && leftOvers == 1) {
            glyphText[unmatchedGlyph] = String.valueOf(cluster.charAt(leftOver));
            order[unmatchedGlyph] = leftOver;
        }
        // a glyph still unexplained stays right after the glyph it followed
        for (int g = 0; g < count; g++) {
            if (order[g] < 0) {
                order[g] = g == 0 ? 0 : order[g - 1];
            }
        }
        reorder(order, glyphs, x, y, start, glyphText);
        return glyphText;
    }

    /** Stable sort of the group's glyphs (and their positions and texts) by character order. */
    private static void reorder(int[] order, int[] glyphs, float[] x, float[] y, int start, String[] glyphText) {
        int count = order.length;
        Integer[] index = new Integer[count];
        for (int i = 0; i < count; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> Integer.compare(order[a], order[b]));
        int[] g = new int[count];
        float[] gx = new float[count];
        float[] gy = new float[count];
        String[] t = new String[count];
        for (int i = 0; i < count; i++) {
            g[i] = glyphs[start + index[i]];
            gx[i] = x[start + index[i]];
            gy[i] = y[start + index[i]];
            t[i] = glyphText[index[i]];
        }
        System.arraycopy(g, 0, glyphs, start, count);
        System.arraycopy(gx, 0, x, start, count);
        System.arraycopy(gy, 0, y, start, count);
        System.arraycopy(t, 0, glyphText, 0, count);
    }
}
