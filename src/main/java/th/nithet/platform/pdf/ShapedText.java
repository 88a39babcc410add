package th.nithet.platform.pdf;

import java.util.List;

/**
 * One line of text after shaping: which glyphs of the font to draw and where, in points from the
 * line's origin on the baseline (y up, as in PDF). The glyphs are the font's own ids, including those
 * that the font's GSUB rules substitute (a ญ without its tail above a lower vowel, a tone mark lowered
 * where there is no upper vowel) and that no character maps to.
 *
 * @param text     the characters, as given
 * @param font     the face
 * @param size     points
 * @param glyphs   glyph ids in drawing order
 * @param x        each glyph's x offset from the origin
 * @param y        each glyph's y offset from the baseline (up)
 * @param width    the pen's advance after the last glyph
 * @param clusters the glyphs grouped by the characters they show, for the ToUnicode map
 */
record ShapedText(String text, PdfFont font, float size, int[] glyphs, float[] x, float[] y, float width,
                  List<Cluster> clusters) {

    /** The JDK's id for a glyph that draws nothing (a zero-width space, a joiner): never written. */
    static final int INVISIBLE = 0xFFFE;

    /**
     * Glyphs {@code [firstGlyph, endGlyph)} show the characters {@code text}. {@code glyphText} says which
     * character each glyph stands for, where that can be told (an entry is null where not); for ก่ำ, which
     * the shaper draws as ก, nikhahit, mai ek and sara aa, the two halves of sara am stand for the nikhahit
     * and the sara aa of its decomposition, so ToUnicode alone gives back the compatibility form ก่ํา.
     */
    record Cluster(int firstGlyph, int endGlyph, String text, String[] glyphText) {
    }
}
