package th.nithet.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a page's content stream operator by operator. PDFBox's PDPageContentStream can only show text
 * by characters (it looks each one up in the font's cmap), but shaped Thai is glyph ids, some of which
 * no character maps to; so the page is written here, with PDFBox still doing resources and the file.
 * Coordinates are PDF's: points, origin bottom-left, y up.
 */
final class ContentWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    byte[] toByteArray() {
        return out.toByteArray();
    }

    void saveState() {
        op("q");
    }

    void restoreState() {
        op("Q");
    }

    void lineWidth(float w) {
        op(num(w) + " w");
    }

    void fillGray(float g) {
        op(num(g) + " g");
    }

    void strokeGray(float g) {
        op(num(g) + " G");
    }

    void line(float x1, float y1, float x2, float y2) {
        op(num(x1) + " " + num(y1) + " m " + num(x2) + " " + num(y2) + " l S");
    }

    void rect(float x, float y, float w, float h) {
        op(num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re");
    }

    void fill() {
        op("f");
    }

    void stroke() {
        op("S");
    }

    void fillAndStroke() {
        op("B");
    }

    /** Draws an image XObject into the box: images are a unit square scaled by the matrix. */
    void image(String name, float x, float y, float w, float h) {
        op("q " + num(w) + " 0 0 " + num(h) + " " + num(x) + " " + num(y) + " cm /" + name + " Do Q");
    }

    void beginText(String font, float size) {
        op("BT /" + font + " " + num(size) + " Tf");
    }

    void endText() {
        op("ET");
    }

    void textOrigin(float x, float y) {
        op("1 0 0 1 " + num(x) + " " + num(y) + " Tm");
    }

    void rise(float rise) {
        op(num(rise) + " Ts");
    }

    /** A TJ array already written as its inside (hex glyph strings and adjustments). */
    void showGlyphs(String tjInside) {
        op("[" + tjInside + "] TJ");
    }

    /** Marked content whose text is {@code actualText}, whatever glyphs it draws (PDF 32000, 14.9.4). */
    void beginActualText(String actualText) {
        op("/Span <</ActualText " + textString(actualText) + ">> BDC");
    }

    void endMarkedContent() {
        op("EMC");
    }

    /** A PDF text string in UTF-16BE with its byte order mark, written as hex. */
    static String textString(String s) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (byte b : s.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format("%02X", b & 0xFF));
        }
        return hex.append('>').toString();
    }

    /** Up to three decimals (a thousandth of a point is far below what shows), no exponent, no locale. */
    static String num(float f) {
        long thousandths = Math.round(f * 1000.0);
        if (thousandths % 1000 == 0) {
            return Long.toString(thousandths / 1000);
        }
        String sign = thousandths < 0 ? "-" : "";
        long abs = Math.abs(thousandths);
        String frac = String.format("%03d", abs % 1000).replaceAll("0+$", "");
        return sign + (abs / 1000) + "." + frac;
    }

    private void op(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
    }
}
