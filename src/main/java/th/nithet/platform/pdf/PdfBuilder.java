package th.nithet.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a PDF document from the top of the first page down, Thai set correctly: shaped by the font's own
 * rules, wrapped at word boundaries, copyable and searchable. Feature code says what goes on the page;
 * where lines end and pages break is worked out here. Sizes and positions are in points (72 to the inch;
 * {@link #mm(float)} converts).
 *
 * <pre>{@code
 * byte[] pdf = PdfBuilder.a4Portrait()
 *         .metadata("บันทึกการนิเทศ", "สพป. เชียงใหม่ เขต ๑")
 *         .pageNumbers()
 *         .title("บันทึกการนิเทศ")
 *         .paragraph("ศึกษานิเทศก์ได้ออกนิเทศ ...")
 *         .table(PdfTable.columns(1, 4).header("ที่", "รายการ").row("๑", "..."))
 *         .signature(Signature.of("นางสาวสมศรี ใจงาม", "ศึกษานิเทศก์"))
 *         .toBytes();
 * }</pre>
 *
 * One builder makes one document and is not for sharing between threads.
 */
public final class PdfBuilder {

    /** A4 in points. */
    private static final float A4_SHORT = 595.28f;
    private static final float A4_LONG = 841.89f;
    private static final float RULE_WIDTH = 0.75f;
    private static final float TABLE_LINE_WIDTH = 0.5f;
    private static final float HEADER_GRAY = 0.9f;

    private final float pageWidth;
    private final float pageHeight;
    private float top = mm(25);
    private float right = mm(20);
    private float bottom = mm(20);
    private float left = mm(30); // Thai official documents leave 3 cm on the left for binding
    private float lineSpacing = 1f;
    private String title;
    private String author;
    private boolean pageNumbers;
    private boolean thaiDigits;
    private final List<float[]> borders = new ArrayList<>();

    private Shaper.Shaping shaping = Shaper::shape;

    private final List<Page> pages = new ArrayList<>();
    private Page page;
    /** Where the next thing goes: points from the top of the current page. */
    private float y;

    private PdfBuilder(float pageWidth, float pageHeight) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
    }

    public static PdfBuilder a4Portrait() {
        return new PdfBuilder(A4_SHORT, A4_LONG);
    }

    public static PdfBuilder a4Landscape() {
        return new PdfBuilder(A4_LONG, A4_SHORT);
    }

    /** Millimetres to points. */
    public static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    // ----- settings: before the first content -----

    public PdfBuilder margins(float top, float right, float bottom, float left) {
        requireNoContent();
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.left = left;
        return this;
    }

    public PdfBuilder margins(float all) {
        return margins(all, all, all, all);
    }

    /** Title and author that viewers show in the document's properties (and the title in the title bar). */
    public PdfBuilder metadata(String title, String author) {
        this.title = title;
        this.author = author;
        return this;
    }

    /** "หน้า 1/3" centred under the text on every page. */
    public PdfBuilder pageNumbers() {
        return pageNumbers(false);
    }

    /** The same, in Thai digits ("หน้า ๑/๓") when {@code thaiDigits}. */
    public PdfBuilder pageNumbers(boolean thaiDigits) {
        this.pageNumbers = true;
        this.thaiDigits = thaiDigits;
        return this;
    }

    /** A rectangle {@code inset} points inside the paper's edge on every page; call twice for a double frame. */
    public PdfBuilder border(float inset, float lineWidth) {
        requireNoContent();
        borders.add(new float[]{inset, lineWidth});
        return this;
    }

    /**
     * Line height as a multiple of the face's own (ascent plus descent: 1.66 times the size for Laksaman,
     * what a word processor calls single spacing, with room for a tone mark on an upper vowel above and a
     * lower vowel below). Below 0.8 marks of neighbouring lines can touch.
     */
    public PdfBuilder lineSpacing(float factor) {
        this.lineSpacing = factor;
        return this;
    }

    // ----- flowing content -----

    /** Bold, 24 pt, centred. */
    public PdfBuilder title(String text) {
        text(text, TextStyle.TITLE);
        return space(lineHeight(TextStyle.BODY) / 2);
    }

    /** Bold, 20 pt, left; kept on a page with the first line after it. */
    public PdfBuilder heading(String text) {
        return heading(text, TextStyle.HEADING);
    }

    /** A heading in {@code style}, for the levels under {@link #heading(String)}: never alone at the bottom of a page. */
    public PdfBuilder heading(String text, TextStyle style) {
        ensureRoom(height(text, style) + lineHeight(TextStyle.BODY));
        return text(text, style);
    }

    /** 16 pt, left, with a little space after. */
    public PdfBuilder paragraph(String text) {
        text(text, TextStyle.BODY);
        return space(TextStyle.BODY.size() / 3);
    }

    /**
     * Items numbered "1." "2." … ("๑." "๒." … when {@code thaiDigits}), as Thai reports list their evidence: each
     * item's wrapped lines, and the lines it breaks itself, hang under its text rather than under its number.
     */
    public PdfBuilder numberedList(List<String> items, boolean thaiDigits) {
        TextStyle style = TextStyle.BODY;
        float lineHeight = lineHeight(style);
        List<ShapedText> numbers = new ArrayList<>();
        float indent = 0;
        for (int i = 0; i < items.size(); i++) {
            ShapedText number = shaping.shape(digits(i + 1, thaiDigits) + ".", style.font(), style.size());
            numbers.add(number);
            indent = Math.max(indent, number.width());
        }
        indent += style.size() / 2;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) == null ? "" : items.get(i);
            List<ShapedText> lines = LineBreaker.wrap(item, style.font(), style.size(), contentWidth() - indent, shaping);
            for (int l = 0; l < lines.size(); l++) {
                ensureRoom(lineHeight);
                if (l == 0) {
                    place(numbers.get(i), style, left, indent, y, lineHeight);
                }
                place(lines.get(l), style, left + indent, contentWidth() - indent, y, lineHeight);
                y += lineHeight;
            }
        }
        return space(style.size() / 3);
    }

    /** Text wrapped to the width between the margins, onto new pages as needed. */
    public PdfBuilder text(String text, TextStyle style) {
        float lineHeight = lineHeight(style);
        for (ShapedText line : LineBreaker.wrap(text, style.font(), style.size(), contentWidth(), shaping)) {
            ensureRoom(lineHeight);
            place(line, style, left, contentWidth(), y, lineHeight);
            y += lineHeight;
        }
        return this;
    }

    /** Empty space; it ends at the bottom of the page rather than carrying over to the next. */
    public PdfBuilder space(float points) {
        currentPage();
        y = Math.min(y + points, pageHeight - bottom);
        return this;
    }

    /** A thin line across the text width. */
    public PdfBuilder rule() {
        float gap = TextStyle.BODY.size() / 2;
        ensureRoom(2 * gap);
        y += gap;
        page.ops.add(new Page.Line(left, y, left + contentWidth(), y, RULE_WIDTH));
        y += gap;
        return this;
    }

    public PdfBuilder newPage() {
        startPage();
        return this;
    }

    public PdfBuilder table(PdfTable table) {
        new TableLayout(table).place();
        return space(TextStyle.BODY.size() / 2);
    }

    /** One signature block in the right half of the text width, as Thai letters and records sign. */
    public PdfBuilder signature(Signature signature) {
        float half = contentWidth() / 2;
        float height = signatureHeight();
        ensureRoom(height);
        placeSignature(signature, left + half, half, y);
        y += height;
        return this;
    }

    /** Signature blocks side by side, each centred in an equal share of the text width. */
    public PdfBuilder signatures(Signature... signatures) {
        float column = contentWidth() / signatures.length;
        float height = signatureHeight();
        ensureRoom(height);
        for (int i = 0; i < signatures.length; i++) {
            placeSignature(signatures[i], left + i * column, column, y);
        }
        y += height;
        return this;
    }

    /** A PNG (or JPEG) of the given size in points, in the flow. */
    public PdfBuilder image(byte[] image, float width, float height, Align align) {
        ensureRoom(height);
        page.ops.add(new Page.Image(image, align.x(left, contentWidth(), width), y, width, height));
        y += height;
        return this;
    }

    /** A QR code (for a verification link) {@code size} points square, quiet zone included, in the flow. */
    public PdfBuilder qrCode(String content, float size, Align align) {
        ensureRoom(size);
        page.ops.add(QrCodes.squares(content, align.x(left, contentWidth(), size), y, size));
        y += size;
        return this;
    }

    // ----- at a position on the current page (points from its top-left corner); the flow is not moved -----

    public PdfBuilder imageAt(byte[] image, float x, float y, float width, float height) {
        currentPage().ops.add(new Page.Image(image, x, y, width, height));
        return this;
    }

    public PdfBuilder qrCodeAt(String content, float x, float y, float size) {
        currentPage().ops.add(QrCodes.squares(content, x, y, size));
        return this;
    }

    /** Text wrapped into a box {@code width} wide whose top is at y; no page breaks. */
    public PdfBuilder textAt(String text, TextStyle style, float x, float y, float width) {
        Page current = currentPage();
        float lineHeight = lineHeight(style);
        float lineTop = y;
        for (ShapedText line : LineBreaker.wrap(text, style.font(), style.size(), width, shaping)) {
            placeOn(current, line, style, x, width, lineTop, lineHeight);
            lineTop += lineHeight;
        }
        return this;
    }

    /**
     * Draws text without the font's rules, as PDFBox's showText would: only for tests, which check that
     * such a page does not pass for a shaped one.
     */
    PdfBuilder withoutShaping() {
        this.shaping = Shaper::unshaped;
        return this;
    }

    // ----- out -----

    /** Writes the document; the builder can go on and write again (page numbers are counted each time). */
    public void writeTo(OutputStream out) {
        currentPage();
        try {
            PdfAssembler.write(pageNumbers ? numberedPages() : pages, title, author, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    // ----- measures, for layouts built on this one (Certificate) -----

    float lineHeight(TextStyle style) {
        PdfFont font = style.font();
        return (font.ascent() + font.descent()) * style.size() * lineSpacing;
    }

    float contentWidth() {
        return pageWidth - left - right;
    }

    float contentHeight() {
        return pageHeight - top - bottom;
    }

    float pageWidth() {
        return pageWidth;
    }

    float pageHeight() {
        return pageHeight;
    }

    /** How tall {@code text} would be in the flow. */
    float height(String text, TextStyle style) {
        return LineBreaker.wrap(text, style.font(), style.size(), contentWidth(), shaping).size() * lineHeight(style);
    }

    /** How many lines {@code text} takes in a box {@code width} wide. */
    int lines(String text, TextStyle style, float width) {
        return LineBreaker.wrap(text, style.font(), style.size(), width, shaping).size();
    }

    float signatureHeight() {
        return 3 * lineHeight(TextStyle.BODY);
    }

    // ----- layout -----

    private void requireNoContent() {
        if (!pages.isEmpty()) {
            throw new IllegalStateException("margins and borders are set before any content");
        }
    }

    private Page currentPage() {
        if (page == null) {
            startPage();
        }
        return page;
    }

    private void startPage() {
        page = new Page(pageWidth, pageHeight);
        pages.add(page);
        for (float[] border : borders) {
            float inset = border[0];
            page.ops.add(new Page.Rect(inset, inset, pageWidth - 2 * inset, pageHeight - 2 * inset, null, border[1]));
        }
        y = top;
    }

    /** Starts a new page unless {@code height} more fits on this one (or this one is still empty). */
    private void ensureRoom(float height) {
        currentPage();
        if (y + height > pageHeight - bottom && y > top) {
            startPage();
        }
    }

    private void place(ShapedText line, TextStyle style, float boxLeft, float boxWidth, float lineTop, float lineHeight) {
        placeOn(page, line, style, boxLeft, boxWidth, lineTop, lineHeight);
    }

    /** A line in its box: the face's ascent and descent centred in the line height. */
    private void placeOn(Page target, ShapedText line, TextStyle style, float boxLeft, float boxWidth, float lineTop,
                         float lineHeight) {
        PdfFont font = style.font();
        float natural = (font.ascent() + font.descent()) * style.size();
        float baseline = lineTop + (lineHeight - natural) / 2 + font.ascent() * style.size();
        target.ops.add(new Page.Text(line, style.align().x(boxLeft, boxWidth, line.width()), baseline));
    }

    private void placeSignature(Signature signature, float columnLeft, float columnWidth, float lineTop) {
        TextStyle style = TextStyle.BODY.withAlign(Align.CENTER);
        float lineHeight = lineHeight(style);
        // a line long enough to sign on, not one across a landscape page
        String dots = dots(signature.label(), style, Math.min(columnWidth * 0.85f, 200));
        // no name: brackets as wide as most of the dotted line, for one written by hand
        String name = signature.name().isBlank() ? blank(style, Math.min(columnWidth * 0.85f, 200) * 0.7f)
                : signature.name();
        String[] lines = {signature.label() + " " + dots, "(" + name + ")", signature.position()};
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                place(shaping.shape(lines[i], style.font(), style.size()), style, columnLeft, columnWidth,
                        lineTop + i * lineHeight, lineHeight);
            }
        }
    }

    /** As many dots as make "ลงชื่อ ....." about {@code width} wide, where the pen goes. */
    private String dots(String label, TextStyle style, float width) {
        float labelWidth = shaping.shape(label + " ", style.font(), style.size()).width();
        float dotWidth = shaping.shape("..........", style.font(), style.size()).width() / 10;
        int count = Math.max(10, (int) ((width - labelWidth) / dotWidth));
        return ".".repeat(Math.min(count, 80));
    }

    private String blank(TextStyle style, float width) {
        float spaceWidth = shaping.shape("          ", style.font(), style.size()).width() / 10;
        return " ".repeat(Math.max(4, (int) (width / spaceWidth)));
    }

    /** Copies of the pages with "หน้า n/N" in the bottom margin, under the text. */
    private List<Page> numberedPages() {
        TextStyle style = TextStyle.SMALL.withAlign(Align.CENTER);
        float lineHeight = lineHeight(style);
        float lineTop = pageHeight - bottom + (bottom - lineHeight) / 2;
        int total = pages.size();
        List<Page> numbered = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Page copy = new Page(pageWidth, pageHeight);
            copy.ops.addAll(pages.get(i).ops);
            String text = "หน้า " + digits(i + 1, thaiDigits) + "/" + digits(total, thaiDigits);
            placeOn(copy, shaping.shape(text, style.font(), style.size()), style, left, contentWidth(), lineTop,
                    lineHeight);
            numbered.add(copy);
        }
        return numbered;
    }

    private static String digits(int n, boolean thaiDigits) {
        String s = Integer.toString(n);
        if (!thaiDigits) {
            return s;
        }
        StringBuilder thai = new StringBuilder();
        for (char c : s.toCharArray()) {
            thai.append((char) ('๐' + (c - '0')));
        }
        return thai.toString();
    }

    /** A table's rows placed one under the other, the header repeated on each new page. */
    private final class TableLayout {
        private final PdfTable table;
        private final float[] widths;
        private final TextStyle cellStyle;
        private final TextStyle headerStyle;
        private final float lineHeight;

        TableLayout(PdfTable table) {
            this.table = table;
            this.cellStyle = new TextStyle(table.fontSize, false, Align.LEFT);
            this.headerStyle = cellStyle.withBold(true);
            this.lineHeight = lineHeight(cellStyle);
            float total = 0;
            for (float s : table.shares) {
                total += s;
            }
            widths = new float[table.shares.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = contentWidth() * table.shares[i] / total;
            }
        }

        void place() {
            List<List<ShapedText>> header = table.header == null ? null : wrap(table.header, headerStyle);
            float headerHeight = header == null ? 0 : height(header);
            boolean first = true;
            for (List<String> row : table.rows) {
                List<List<ShapedText>> cells = wrap(row, cellStyle);
                float rowHeight = height(cells);
                // the header never stands alone at the bottom of a page
                float needed = rowHeight + (first ? headerHeight : 0);
                boolean newPage = y + needed > pageHeight - bottom && y > top;
                if (newPage) {
                    startPage();
                }
                if (header != null && (first || newPage)) {
                    draw(header, headerStyle, headerHeight, true);
                }
                draw(cells, cellStyle, rowHeight, false);
                first = false;
            }
            if (first && header != null) {
                ensureRoom(headerHeight);
                draw(header, headerStyle, headerHeight, true);
            }
        }

        private List<List<ShapedText>> wrap(List<String> row, TextStyle style) {
            List<List<ShapedText>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                cells.add(LineBreaker.wrap(row.get(i), style.font(), style.size(), widths[i] - 2 * table.padding, shaping));
            }
            return cells;
        }

        private float height(List<List<ShapedText>> cells) {
            int lines = 1;
            for (List<ShapedText> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines * lineHeight + 2 * table.padding;
        }

        /** A row taller than a whole page runs past its bottom: rows are not split (docs/pdf.md). */
        private void draw(List<List<ShapedText>> cells, TextStyle style, float rowHeight, boolean header) {
            ensureRoom(rowHeight);
            float x = left;
            for (int i = 0; i < widths.length; i++) {
                page.ops.add(new Page.Rect(x, y, widths[i], rowHeight, header ? HEADER_GRAY : null, TABLE_LINE_WIDTH));
                TextStyle aligned = style.withAlign(header ? Align.CENTER : table.aligns[i]);
                float lineTop = y + table.padding;
                for (ShapedText line : cells.get(i)) {
                    PdfBuilder.this.place(line, aligned, x + table.padding, widths[i] - 2 * table.padding, lineTop,
                            lineHeight);
                    lineTop += lineHeight;
                }
                x += widths[i];
            }
            y += rowHeight;
        }
    }
}
