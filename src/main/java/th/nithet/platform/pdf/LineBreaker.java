package th.nithet.platform.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wraps text into lines no wider than a width. Thai has no spaces between words, so the places where a
 * line may end come from ICU's dictionary-based line breaker (the same ICU that segments Thai for search).
 * The JDK's {@code java.text.BreakIterator} for locale th found the same breaks on our samples, but ICU's
 * dictionary is kept up to date and does not depend on the JDK's locale data being installed.
 */
final class LineBreaker {

    private static final ULocale THAI = new ULocale("th");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\uFEFF]");

    private final PdfFont font;
    private final float size;
    private final float maxWidth;
    private final Shaper.Shaping shaping;

    private LineBreaker(PdfFont font, float size, float maxWidth, Shaper.Shaping shaping) {
        this.font = font;
        this.size = size;
        this.maxWidth = maxWidth;
        this.shaping = shaping;
    }

    /** Lines of {@code text} set in {@code font} at {@code size}, each at most {@code maxWidth} wide. */
    static List<ShapedText> wrap(String text, PdfFont font, float size, float maxWidth, Shaper.Shaping shaping) {
        List<ShapedText> lines = new ArrayList<>();
        // a line break in the text is a line break on the page
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            new LineBreaker(font, size, maxWidth, shaping).wrapParagraph(paragraph.replace('\t', ' '), lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, List<ShapedText> lines) {
        if (paragraph.isBlank()) {
            lines.add(line(""));
            return;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(THAI);
        breaks.setText(paragraph);
        // a line's width is the sum of its segments' (shaping the whole line again for every word that
        // is tried made long reports slow); the line is shaped once, when it is done
        int lineStart = 0;
        int segmentStart = 0;
        float lineWidth = 0; // [lineStart, segmentStart), trailing spaces included
        for (int end = breaks.following(0); end != BreakIterator.DONE; end = breaks.next()) {
            String segment = paragraph.substring(segmentStart, end);
            float full = width(segment);
            float trimmed = segment.equals(segment.stripTrailing()) ? full : width(segment.stripTrailing());
            if (lineWidth + trimmed <= maxWidth) {
                lineWidth += full;
                segmentStart = end;
                continue;
            }
            if (segmentStart > lineStart) {
                lines.add(line(paragraph.substring(lineStart, segmentStart)));
                lineStart = segmentStart;
                lineWidth = 0;
                if (trimmed <= maxWidth) {
                    lineWidth = full;
                    segmentStart = end;
                    continue;
                }
            }
            // the word is too long for a line of its own
            lineStart = splitLongWord(paragraph, lineStart, end, lines);
            lineWidth = width(paragraph.substring(lineStart, end));
            segmentStart = end;
        }
        if (lineStart < paragraph.length()) {
            lines.add(line(paragraph.substring(lineStart)));
        }
    }

    /**
     * A word wider than the line (a long URL, a name ICU's dictionary does not know) is cut between
     * grapheme clusters, never inside one, so a vowel or tone mark stays with its consonant. Returns where
     * the unplaced rest begins.
     */
    private int splitLongWord(String paragraph, int start, int end, List<ShapedText> lines) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(THAI);
        graphemes.setText(paragraph);
        int lineStart = start;
        int lastFit = start;
        for (int g = graphemes.following(start); g != BreakIterator.DONE && g <= end; g = graphemes.next()) {
            if (fits(paragraph.substring(lineStart, g))) {
                lastFit = g;
            } else {
                int cut = lastFit > lineStart ? lastFit : g; // at least one cluster per line, however narrow
                lines.add(line(paragraph.substring(lineStart, cut)));
                lineStart = cut;
                lastFit = g;
            }
        }
        return lineStart;
    }

    private float width(String text) {
        return shaping.shape(text, font, size).width();
    }

    private boolean fits(String candidate) {
        // spaces at the end of a line take no room: they are dropped there
        return line(candidate).width() <= maxWidth;
    }

    /**
     * The line as drawn. Zero-width spaces (which Thai editors put between words as break hints, and which
     * ICU has already used as such) are left out: the JDK draws them with the space glyph, whose ToUnicode
     * entry would then say ZWSP for every space of the document.
     */
    private ShapedText line(String text) {
        return shaping.shape(INVISIBLE.matcher(text).replaceAll("").stripTrailing(), font, size);
    }
}
