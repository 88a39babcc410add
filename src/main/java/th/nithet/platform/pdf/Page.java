package th.nithet.platform.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One page as a list of things to draw, kept until the whole document is laid out: only then are the
 * page count (for "หน้า 1/3") and the glyphs to embed known. Coordinates are points from the page's
 * top-left corner, y down, as a layout thinks; {@link PdfAssembler} turns them into PDF's.
 */
final class Page {

    final float width;
    final float height;
    final List<Op> ops = new ArrayList<>();

    Page(float width, float height) {
        this.width = width;
        this.height = height;
    }

    sealed interface Op permits Text, Line, Rect, Image, Squares {
    }

    /** A shaped line with its origin (left end of the baseline) at x, baseline. */
    record Text(ShapedText run, float x, float baseline) implements Op {
    }

    record Line(float x1, float y1, float x2, float y2, float lineWidth) implements Op {
    }

    /** A rectangle, filled with a grey (0 black, 1 white) and/or stroked black. */
    record Rect(float x, float y, float width, float height, Float fillGray, float strokeWidth) implements Op {
    }

    /** PNG or JPEG bytes drawn into the box. */
    record Image(byte[] bytes, float x, float y, float width, float height) implements Op {
    }

    /**
     * Black squares filled as one path: a QR code's modules. One fill means no hairline seams between
     * neighbouring modules when a viewer anti-aliases.
     */
    record Squares(List<float[]> rects) implements Op {
    }
}
