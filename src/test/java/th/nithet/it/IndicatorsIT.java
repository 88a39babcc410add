package th.nithet.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #8 through the real portal: indicators with their levels, snapshots and evidence, the yearly report, the statistics pages. */
class IndicatorsIT extends PortalTest {

    private HttpResponse<String> call(String method, String path, String json, String credentials) {
        return http.send(method, path, json, "Authorization", credentials);
    }

    private JsonObject indicator(String json) {
        HttpResponse<String> created = call("POST", "/api/v1/indicators", json, admin);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created);
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        return o.getJsonNumber(key).bigDecimalValue();
    }

    @Test
    void anIndicatorsLevelFollowsItsBandsAndRubricAndItsEvidenceAndTextGoIntoTheReport() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "ร้อยละของครูที่ผ่านเกณฑ์การประเมิน " + tag;
        String sv = TestAccounts.supervisorCredentials("ศน.ตัวชี้วัด " + tag);

        // only administrators define; bad definitions are named field by field and nothing is stored
        assertEquals(403, call("POST", "/api/v1/indicators", "{\"name\":\"x\",\"measure\":\"manual\",\"method\":\"bands\"}", sv).statusCode());
        HttpResponse<String> bad = call("POST", "/api/v1/indicators", "{\"name\":\"\",\"measure\":\"views\",\"method\":\"bands\","
                + "\"bands\":[\"90\",\"80\",\"100\"]}", admin);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(Http.json(bad).getJsonObject("fields").keySet().containsAll(java.util.List.of("name", "bands", "target")), bad.body());
        HttpResponse<String> unknown = call("POST", "/api/v1/indicators", "{\"name\":\"\",\"measure\":\"nope\",\"method\":\"bands\","
                + "\"bands\":[\"90\",\"80\",\"100\"]}", admin);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(Http.json(unknown).getJsonObject("fields").keySet().containsAll(java.util.List.of("name", "measure", "bands")),
                "every problem in one answer: " + unknown.body());
        assertEquals(400, call("POST", "/api/v1/indicators", "{\"name\":\"r\",\"measure\":\"manual\",\"method\":\"rubric\",\"rubric\":[\"a\"]}",
                admin).statusCode(), "a rubric needs four levels");

        JsonObject manual = indicator("{\"name\":\"" + name + "\",\"measure\":\"manual\",\"method\":\"bands\",\"unit\":\"%\"}");
        long id = manual.getJsonNumber("id").longValue();
        assertEquals(java.util.List.of(new BigDecimal("80.00"), new BigDecimal("90.00"), new BigDecimal("100.00")),
                manual.getJsonArray("bands").getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::bigDecimalValue).toList());
        // band edges exactly: 79.99 is level 1, 80 level 2, 89.99 level 2, 90 level 3, 100 level 4
        for (String[] c : new String[][]{{"79.99", "1"}, {"80", "2"}, {"89.99", "2"}, {"90", "3"}, {"99.99", "3"}, {"100", "4"}, {"๙๖.๕๗", "3"}}) {
            HttpResponse<String> recorded = call("PUT", "/api/v1/indicators/" + id + "/record", "{\"value\":\"" + c[0] + "\"}", sv);
            assertEquals(200, recorded.statusCode(), recorded.body());
            assertEquals(Integer.parseInt(c[1]), Http.json(recorded).getInt("level"), c[0]);
        }
        assertEquals(400, call("PUT", "/api/v1/indicators/" + id + "/record", "{\"value\":\"-1\"}", sv).statusCode());
        // moving an edge moves the level: 96.57 reaches level 4 when level 4 starts at 95
        JsonObject moved = Http.json(call("PUT", "/api/v1/indicators/" + id, "{\"name\":\"" + name + "\",\"measure\":\"manual\",\"method\":\"bands\","
                + "\"unit\":\"%\",\"bands\":[\"80\",\"90\",\"95\"]}", admin));
        assertEquals(4, moved.getInt("level"));
        assertEquals(new BigDecimal("96.57"), decimal(moved, "value"));

        // a count against its target: 998 of 998 is 100 % (level 4)
        JsonObject count = indicator("{\"name\":\"จำนวนครูที่ได้รับการพัฒนา " + tag + "\",\"measure\":\"manual\",\"method\":\"bands\",\"target\":\"998\",\"unit\":\"คน\"}");
        JsonObject developed = Http.json(call("PUT", "/api/v1/indicators/" + count.getJsonNumber("id") + "/record", "{\"value\":\"998\"}", sv));
        assertEquals(new BigDecimal("100.00"), decimal(developed, "achievement"));
        assertEquals(4, developed.getInt("level"));

        // levels 1–4 by a rubric: chosen by staff
        long network = Http.json(call("POST", "/api/v1/networks", "{\"name\":\"เครือข่ายตัวชี้วัด " + tag + "\"}", admin)).getJsonNumber("id").longValue();
        long school = Http.json(call("POST", "/api/v1/schools", "{\"name\":\"โรงเรียนตัวชี้วัด " + tag + "\",\"networkId\":" + network + "}", admin))
                .getJsonNumber("id").longValue();
        JsonObject rubric = indicator("{\"name\":\"คุณภาพการนิเทศ " + tag + "\",\"measure\":\"supervision_coverage_percent\",\"method\":\"rubric\","
                + "\"rubric\":[\"มีแผน\",\"มีแผนและดำเนินการ\",\"ดำเนินการและติดตาม\",\"ติดตามและมีหลักฐานครบ\"]}");
        assertTrue(!rubric.containsKey("level"), "no level until staff decide");
        assertEquals(3, Http.json(call("PUT", "/api/v1/indicators/" + rubric.getJsonNumber("id") + "/record", "{\"level\":3}", sv)).getInt("level"));
        assertTrue(rubric.containsKey("value"), "the coverage is computed from the schools and their supervisions");

        // the monthly snapshot, for the trend
        assertEquals(403, call("POST", "/api/v1/indicators/snapshots", "", sv).statusCode());
        assertEquals(200, call("POST", "/api/v1/indicators/snapshots", "", admin).statusCode());
        JsonArray snapshots = Http.jsonArray(call("GET", "/api/v1/indicators/" + id + "/snapshots", null, sv));
        assertEquals(1, snapshots.size());
        assertEquals(new BigDecimal("96.57"), decimal(snapshots.getJsonObject(0), "value"));
        assertEquals(4, snapshots.getJsonObject(0).getInt("level"));

        // evidence: an outside link (never a script), a supervision that names the indicator
        assertEquals(400, call("POST", "/api/v1/indicators/" + id + "/evidence", "{\"kind\":\"link\",\"title\":\"x\",\"url\":\"javascript:alert(1)\"}",
                sv).statusCode());
        assertEquals(201, call("POST", "/api/v1/indicators/" + id + "/evidence", "{\"kind\":\"link\",\"title\":\"ผลการประเมินจากระบบ UTQ\","
                + "\"url\":\"https://utq.example.org/report/2569\"}", sv).statusCode());
        assertEquals(400, call("POST", "/api/v1/indicators/" + id + "/evidence", "{\"kind\":\"content\",\"refId\":999999999}", sv).statusCode());
        HttpResponse<String> supervision = call("POST", "/api/v1/supervisions", "{\"topic\":\"นิเทศการประเมินครู " + tag + "\",\"purpose\":\"ติดตาม\","
                + "\"schoolId\":" + school + ",\"indicatorId\":" + id + "}", sv);
        assertEquals(201, supervision.statusCode(), supervision.body());

        // the report's text, then the report itself
        HttpResponse<String> texts = call("PUT", "/api/v1/indicators/report-texts/indicator/" + id, "{\"qualitative\":\"ครูมีความรู้ความเข้าใจเกณฑ์การประเมิน\","
                + "\"problems\":\"ครูบางส่วนไม่ปรับปรุงข้อมูลในระบบ DPA\"}", sv);
        assertEquals(200, texts.statusCode(), texts.body());
        HttpResponse<byte[]> pdf = http.getBytes("/api/v1/reports/" + manual.getInt("fiscalYear") + ".pdf", "Authorization", sv);
        assertEquals(200, pdf.statusCode());
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "it")).resolve("yearly-report.pdf"), pdf.body());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("ร้อยละของครูที่ผ่านเกณฑ์การประเมิน"), text);
            assertTrue(text.contains("๙๖.๕๗"), "the value in Thai digits");
            assertTrue(text.contains("ครูมีความรู้ความเข้าใจเกณฑ์การประเมิน") && text.contains("https://utq.example.org/report/2569"), text);
            assertTrue(text.contains("นิเทศการประเมินครู"), "the supervision that names it is evidence");
        }
        HttpResponse<byte[]> docx = http.getBytes("/api/v1/reports/" + manual.getInt("fiscalYear") + ".docx", "Authorization", sv);
        assertEquals(200, docx.statusCode());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String all = document.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).reduce("", String::concat)
                    + document.getTables().stream().map(org.apache.poi.xwpf.usermodel.XWPFTable::getText).reduce("", String::concat);
            // numbers are printed in Thai digits, as offices print them: the tag's digits too
            assertTrue(all.contains(th.nithet.platform.i18n.ThaiDigits.toThai(name)) && all.contains("ครูบางส่วนไม่ปรับปรุงข้อมูลในระบบ DPA"), all);
        }
        assertEquals(403, http.getBytes("/api/v1/reports/" + manual.getInt("fiscalYear") + ".pdf", "Authorization",
                TestAccounts.memberCredentials("ครูอยากดูรายงาน " + tag)).statusCode());
    }

    @Test
    void administratorsReadTheStatisticsAndTheDashboardTeachersMayNot() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        indicator("{\"name\":\"ร้อยละของโรงเรียนที่ได้รับการนิเทศ " + tag + "\",\"measure\":\"supervision_coverage_percent\",\"method\":\"bands\"}");
        JsonObject figures = Http.json(call("GET", "/api/v1/statistics", null, admin));
        assertEquals(12, figures.getJsonArray("byMonth").size());
        assertTrue(figures.getJsonObject("totals").containsKey("views"));
        assertEquals(400, call("GET", "/api/v1/statistics?month=13", null, admin).statusCode());
        String teacher = TestAccounts.memberCredentials("ครูอยากดูสถิติ " + tag);
        assertEquals(403, call("GET", "/api/v1/statistics", null, teacher).statusCode());
        assertEquals(403, call("GET", "/api/v1/indicators", null, teacher).statusCode());
        HttpResponse<byte[]> xlsx = http.getBytes("/api/v1/statistics/views-by-month.xlsx", "Authorization", admin);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(13, book.getSheetAt(0).getPhysicalNumberOfRows(), "a header and twelve months");
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, book.getSheetAt(0).getRow(1).getCell(1).getCellType(), "numbers as numbers");
        }
        assertEquals(404, http.getBytes("/api/v1/statistics/no-such-table.xlsx", "Authorization", admin).statusCode());

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn("admin", Portal.adminPassword());
            browser.open("/statistics");
            browser.waitForText("การเข้าชมรายเดือน");
            assertTrue(!browser.driver().findElements(By.cssSelector("#monthChart canvas")).isEmpty(), "the chart is drawn");
            browser.screenshot("90-statistics-th");
            // every table downloads from the page, for the people who see the page
            String year = Integer.toString(th.nithet.platform.time.FiscalYear.current().buddhistYear());
            browser.click(By.id("views-by-month-xlsx"));
            java.nio.file.Path months = browser.awaitDownload("nithet-stats-views-by-month-" + year + "-" + th.nithet.platform.time.ThaiDates.today() + ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(java.nio.file.Files.newInputStream(months))) {
                assertEquals(13, book.getSheetAt(0).getPhysicalNumberOfRows());
            }
            browser.open("/indicators");
            browser.waitForText("ร้อยละของโรงเรียนที่ได้รับการนิเทศ " + tag);
            browser.screenshot("91-indicators-th");
            browser.click(By.linkText("ร้อยละของโรงเรียนที่ได้รับการนิเทศ " + tag));
            browser.waitForText("วิธีตัดสินระดับคุณภาพ");
            browser.screenshot("92-indicator-top-th");
            browser.type(By.cssSelector("textarea[id$='text']"), "ศึกษานิเทศก์ออกนิเทศครบทุกเครือข่าย");
            browser.click(By.id("report:saveTexts"));
            browser.waitForText("บันทึกข้อความรายงานแล้ว");
            browser.screenshot("92-indicator-th");
            browser.open("/reports");
            browser.waitForText("ร้อยละของโรงเรียนที่ได้รับการนิเทศ " + tag);
            browser.click(By.id("reportDocx"));
            java.nio.file.Path docx = browser.awaitDownload("nithet-report-" + year + ".docx");
            try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
                String all = document.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).reduce("", String::concat)
                        + document.getTables().stream().map(org.apache.poi.xwpf.usermodel.XWPFTable::getText).reduce("", String::concat);
                assertTrue(all.contains("ศึกษานิเทศก์ออกนิเทศครบทุกเครือข่าย"), "the text written on the indicator's page is in the report");
            }
            browser.resize(Browser.PHONE);
            browser.open("/indicators");
            browser.waitForText("ร้อยละของโรงเรียนที่ได้รับการนิเทศ " + tag);
            browser.screenshot("93-indicators-phone-th");
            // on a phone the menu folds away behind its switch
            assertTrue(!browser.driver().findElement(By.id("navStatistics")).isDisplayed(), "folded");
            browser.click(By.id("menuToggle"));
            assertTrue(browser.find(By.id("navStatistics")).isDisplayed(), "unfolded");
            browser.screenshot("95-menu-phone-th");
            browser.open("/statistics");
            browser.waitForText("การเข้าชมรายเดือน");
            browser.screenshot("94-statistics-phone-th");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            browser.screenshot("94-statistics-phone-end-th");
            browser.open("/reports");
            browser.waitForText("ร้อยละของโรงเรียนที่ได้รับการนิเทศ " + tag);
            browser.screenshot("96-reports-phone-th");
            browser.open("/indicators/new");
            browser.waitForText("ชื่อตัวชี้วัด");
            browser.screenshot("97-indicator-new-phone-th");
            assertEquals(0L, ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue(),
                    "the form fits a phone: a measure's long name does not widen the page");
        }
        TestAccounts.Created kru = TestAccounts.member("ครูเปิดสถิติ " + tag);
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(kru.username(), kru.password());
            browser.open("/statistics");
            browser.waitForText("403");
            browser.open("/indicators");
            browser.waitForText("403");
        }
    }
}
