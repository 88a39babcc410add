package th.nithet.platform.spreadsheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tables out: CSV in UTF-8 with a BOM (so that Excel shows Thai correctly) or XLSX. The same
 * columns as the imports, so a list can be exported, edited and imported again.
 */
public final class TableWriter {

    private TableWriter() {
    }

    public static void csv(List<String> headers, List<List<String>> rows, OutputStream out) {
        try {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                printer.printRecord(headers);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(String sheetName, List<String> headers, List<List<String>> rows, OutputStream out) {
        xlsx(sheetName, headers, rows, java.util.Set.of(), out);
    }

    /** The same, with the cells of {@code numberColumns} (0-based) written as numbers where they are one ("1250", "96.57"). */
    public static void xlsx(String sheetName, List<String> headers, List<List<String>> rows, java.util.Set<Integer> numberColumns,
                            OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c) == null ? "" : cells.get(c);
                    if (numberColumns.contains(c) && value.matches("-?[0-9]{1,15}(\\.[0-9]{1,6})?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        // text cells: a school code 0101 stays 0101
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests and small tables. */
    public static byte[] csvBytes(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(headers, rows, out);
        return out.toByteArray();
    }
}
