package th.nithet.platform.spreadsheet;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.nithet.platform.rules.RuleViolation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TableFileTest {

    @Test
    void csvWithBomThaiHeadersQuotesAndBlankLines() {
        String csv = "\uFEFFชื่อผู้ใช้, ชื่อ - สกุล ,อีเมล\r\nsomchai,\"นายสมชาย ใจดี\",somchai@school.ac.th\r\n,,\r\nmalee,\"มาลี, ศรีสุข\",\r\n";
        List<TableFile.Line> lines = TableFile.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, lines.size());
        assertEquals("somchai", lines.get(0).get("ชื่อผู้ใช้"));
        assertEquals("นายสมชาย ใจดี", lines.get(0).get("ชื่อสกุล"));
        assertEquals(2, lines.get(0).number());
        assertEquals("มาลี, ศรีสุข", lines.get(1).get("ชื่อสกุล"));
        assertEquals(4, lines.get(1).number(), "line numbers are the spreadsheet's, blank lines included");
    }

    @Test
    void xlsxIsReadByContentWhateverItsName() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("บัญชี");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("username");
            header.createCell(1).setCellValue("displayName");
            header.createCell(2).setCellValue("school");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("kru.a");
            row.createCell(1).setCellValue("ครูเอ");
            row.createCell(2).setCellValue(1010720001);
            header.createCell(3).setCellValue("วันก่อตั้ง");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            row.createCell(3).setCellValue(java.time.LocalDate.of(2017, 6, 1));
            row.getCell(3).setCellStyle(dateStyle);
            workbook.write(out);
            List<TableFile.Line> lines = TableFile.read(out.toByteArray());
            assertEquals(1, lines.size());
            assertEquals("ครูเอ", lines.get(0).get("displayname"));
            assertEquals("1010720001", lines.get(0).get("school"), "numbers as the sheet shows them, not 1.01E9");
            assertEquals("2017-06-01", lines.get(0).get("วันก่อตั้ง"), "date cells as ISO dates, whatever their display format");
        }
    }

    @Test
    void wrongFilesAreExplained() {
        assertEquals("import.empty", assertThrows(RuleViolation.class, () -> TableFile.read(new byte[0])).key());
        byte[] tis620 = {(byte) 0xCA, (byte) 0xC7, (byte) 0xD1, (byte) 0xCA, (byte) 0xB4, (byte) 0xD5, ',', 'x', '\n'};
        assertEquals("import.notUtf8", assertThrows(RuleViolation.class, () -> TableFile.read(tis620)).key());
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        assertEquals("import.unreadable", assertThrows(RuleViolation.class, () -> TableFile.read(brokenZip)).key());
        byte[] huge = new byte[TableFile.MAX_BYTES + 1];
        assertEquals("import.tooBig", assertThrows(RuleViolation.class, () -> TableFile.read(huge)).key());
    }
}
