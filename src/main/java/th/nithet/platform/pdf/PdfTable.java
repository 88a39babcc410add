package th.nithet.platform.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for records and reports: column widths as shares of the text width, an optional header row
 * (bold, shaded, repeated at the top of each page the table runs onto), cells that wrap, thin borders.
 *
 * <pre>{@code
 * PdfTable table = PdfTable.columns(1, 4, 2)
 *         .header("ที่", "ชื่อโรงเรียน", "ผลการนิเทศ")
 *         .align(Align.CENTER, Align.LEFT, Align.LEFT)
 *         .row("๑", "โรงเรียนบ้านหนองผักแว่น", "ผ่าน");
 * }</pre>
 */
public final class PdfTable {

    final float[] shares;
    List<String> header;
    final List<List<String>> rows = new ArrayList<>();
    Align[] aligns;
    float fontSize = 14;
    float padding = 4;

    private PdfTable(float[] shares) {
        this.shares = shares;
        this.aligns = new Align[shares.length];
        Arrays.fill(aligns, Align.LEFT);
    }

    /** Columns whose widths are in these proportions (2, 1, 1: the first is half the table). */
    public static PdfTable columns(float... shares) {
        if (shares.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (float s : shares) {
            if (s <= 0) {
                throw new IllegalArgumentException("column widths must be positive: " + Arrays.toString(shares));
            }
        }
        return new PdfTable(shares.clone());
    }

    public PdfTable header(String... cells) {
        this.header = cells(cells);
        return this;
    }

    /** A row; missing cells at the end are blank, null is blank. */
    public PdfTable row(String... cells) {
        rows.add(cells(cells));
        return this;
    }

    public PdfTable row(List<String> cells) {
        return row(cells.toArray(String[]::new));
    }

    /** How each column's text sits in its cells (left unless said). */
    public PdfTable align(Align... perColumn) {
        if (perColumn.length != shares.length) {
            throw new IllegalArgumentException("one alignment per column: " + shares.length);
        }
        this.aligns = perColumn.clone();
        return this;
    }

    /** Points; 14 unless said, a little smaller than body text as Thai reports have it. */
    public PdfTable fontSize(float size) {
        this.fontSize = size;
        return this;
    }

    private List<String> cells(String[] cells) {
        if (cells.length > shares.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + shares.length + " columns");
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            row.add(i < cells.length && cells[i] != null ? cells[i] : "");
        }
        return row;
    }
}
