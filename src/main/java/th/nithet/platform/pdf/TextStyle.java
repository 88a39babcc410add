package th.nithet.platform.pdf;

/**
 * Size (points), weight and alignment of a piece of text. Sizes follow Thai official documents set in
 * TH Sarabun: 16 pt body, larger for headings (the face is small for its point size).
 */
public record TextStyle(float size, boolean bold, Align align) {

    public static final TextStyle TITLE = new TextStyle(24, true, Align.CENTER);
    public static final TextStyle HEADING = new TextStyle(20, true, Align.LEFT);
    public static final TextStyle BODY = new TextStyle(16, false, Align.LEFT);
    public static final TextStyle SMALL = new TextStyle(14, false, Align.LEFT);

    public TextStyle {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        if (align == null) {
            align = Align.LEFT;
        }
    }

    public TextStyle withSize(float newSize) {
        return new TextStyle(newSize, bold, align);
    }

    public TextStyle withAlign(Align newAlign) {
        return new TextStyle(size, bold, newAlign);
    }

    public TextStyle withBold(boolean newBold) {
        return new TextStyle(size, newBold, align);
    }

    PdfFont font() {
        return bold ? PdfFont.BOLD : PdfFont.REGULAR;
    }
}
