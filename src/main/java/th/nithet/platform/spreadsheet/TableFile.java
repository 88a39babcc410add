package th.nithet.platform.spreadsheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.nithet.platform.rules.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table people exported from a spreadsheet: CSV in UTF-8 (with or without BOM) or XLSX, told apart
 * by content, not by name. The first row names the columns; each later row becomes a map from the
 * normalised column name to the trimmed cell text. Blank rows are skipped.
 */
public final class TableFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    /** One data row: its line (row number as the spreadsheet shows it) and its cells by column. */
    public record Line(int number, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    private TableFile() {
    }

    public static List<Line> read(byte[] content) {
        RuleViolation.require(content != null && content.length > 0, "import.empty");
        RuleViolation.require(content.length <= MAX_BYTES, "import.tooBig", MAX_BYTES / (1024 * 1024));
        try {
            return isZip(content) ? readXlsx(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    // e.g. a CSV saved in TIS-620 by an older Excel
                    throw new RuleViolation("import.notUtf8");
                }
            }
            throw new RuleViolation("import.unreadable");
        }
    }

    /** Header text as a column key: lower case, no spaces, dashes or dots ("ชื่อ - สกุล" = "ชื่อสกุล"). */
    public static String column(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]", "");
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<Line> readCsv(byte[] content) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), decoder);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<Line> lines = new ArrayList<>();
            List<String> headers = null;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells.stream().map(TableFile::column).toList();
                    continue;
                }
                add(lines, (int) record.getRecordNumber(), headers, cells);
            }
            RuleViolation.require(headers != null, "import.empty");
            return lines;
        } catch (CharacterCodingException e) {
            throw new RuleViolation("import.notUtf8");
        }
    }

    private static List<Line> readXlsx(byte[] content) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Line> lines = new ArrayList<>();
            List<String> headers = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(row.getLastCellNum(), headers == null ? 0 : headers.size());
                for (int i = 0; i < last; i++) {
                    Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                if (headers == null) {
                    headers = cells.stream().map(TableFile::column).toList();
                    continue;
                }
                add(lines, row.getRowNum() + 1, headers, cells);
            }
            RuleViolation.require(headers != null, "import.empty");
            return lines;
        }
    }

    /** A cell as text; a date cell as an ISO date, whatever display format the sheet gave it. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static void add(List<Line> lines, int number, List<String> headers, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        RuleViolation.require(lines.size() < MAX_ROWS, "import.tooManyRows", MAX_ROWS);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < cells.size(); i++) {
            if (!headers.get(i).isEmpty()) {
                map.put(headers.get(i), cells.get(i) == null ? "" : cells.get(i).strip());
            }
        }
        lines.add(new Line(number, map));
    }
}
