package th.nithet.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Best practices and honours (#6) through the real portal: the review workflow with its permission checks, ratings, featuring, the pages; honours, the roll, certificates and their verification. */
class PracticesAndHonoursIT extends PortalTest {

    private HttpResponse<String> call(String method, String path, String json, String credentials) {
        return http.send(method, path, json, "Authorization", credentials);
    }

    private static String practice(String title) {
        return "{\"title\":\"" + title + "\",\"summary\":\"ใช้เกมการศึกษาพัฒนาการอ่านของนักเรียนชั้น ป.๒\","
                + "\"problem\":\"นักเรียนอ่านไม่คล่อง ร้อยละ 30\",\"body\":\"จัดกิจกรรมเกมบัตรคำทุกวัน วันละ 20 นาที\","
                + "\"results\":\"นักเรียนอ่านคล่องเพิ่มขึ้นเป็นร้อยละ 85\",\"learningAreas\":[\"thai\"],\"level\":\"primary\","
                + "\"videoLinks\":[\"https://www.youtube.com/watch?v=abc123\"],\"tags\":[\"การอ่าน\"]}";
    }

    private long create(String credentials, String title) {
        HttpResponse<String> created = call("POST", "/api/v1/practices", practice(title), credentials);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject p = Http.json(created);
        assertEquals("draft", p.getString("state"));
        return p.getJsonNumber("id").longValue();
    }

    private HttpResponse<String> review(long id, String decision, String comment, String credentials) {
        return call("POST", "/api/v1/practices/" + id + "/review", "{\"decision\":\"" + decision + "\""
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}", credentials);
    }

    private static String state(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getString("state");
    }

    @Test
    void aPracticeGoesThroughReviewWithEveryStepChecked() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String teacher = TestAccounts.memberCredentials("ครูกานดา เล่าเรื่อง");
        String otherTeacher = TestAccounts.memberCredentials("ครูบุญมี ข้างห้อง");
        String supervisor = TestAccounts.supervisorCredentials("ศน.สมพร พิจารณา");
        String title = "เกมบัตรคำพัฒนาการอ่าน ป.๒ " + tag;

        // bad input: every problem named, nothing stored
        HttpResponse<String> bad = call("POST", "/api/v1/practices", "{\"title\":\"ไม่ครบ " + tag + "\",\"body\":\"x\","
                + "\"videoLinks\":[\"javascript:alert(1)\"],\"level\":\"university\"}", teacher);
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject fields = Http.json(bad).getJsonObject("fields");
        assertTrue(fields.containsKey("level"), bad.body());
        bad = call("POST", "/api/v1/practices", "{\"title\":\"ไม่ครบ " + tag + "\",\"body\":\"x\",\"videoLinks\":[\"javascript:alert(1)\"]}", teacher);
        fields = Http.json(bad).getJsonObject("fields");
        for (String field : List.of("summary", "problem", "results", "videoLinks")) {
            assertTrue(fields.containsKey(field), field + " in " + bad.body());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM content_item WHERE title LIKE ?", "ไม่ครบ " + tag));
        assertEquals(401, http.send("POST", "/api/v1/practices", practice("ไม่ลงชื่อ")).statusCode());

        long id = create(teacher, title);
        // a draft is its author's (and staff's) business
        assertEquals(404, call("GET", "/api/v1/practices/" + id, null, otherTeacher).statusCode());
        assertEquals(404, http.get("/api/v1/practices/" + id).statusCode());
        assertEquals(404, http.get("/practices/" + id).statusCode());
        assertEquals(404, call("POST", "/api/v1/practices/" + id + "/submit", null, otherTeacher).statusCode());
        assertEquals(404, call("PUT", "/api/v1/practices/" + id, "{\"title\":\"แอบแก้\"}", otherTeacher).statusCode());
        assertEquals(200, call("GET", "/api/v1/practices/" + id, null, supervisor).statusCode());
        // only submitted practices are reviewed, only by staff
        assertEquals(400, review(id, "publish", null, supervisor).statusCode());
        assertEquals(403, review(id, "publish", null, teacher).statusCode());

        assertEquals("submitted", state(call("POST", "/api/v1/practices/" + id + "/submit", null, teacher)));
        assertEquals(403, call("PUT", "/api/v1/practices/" + id, "{\"title\":\"แก้ระหว่างพิจารณา\"}", teacher).statusCode());
        assertEquals(400, call("POST", "/api/v1/practices/" + id + "/submit", null, teacher).statusCode());
        assertEquals(403, review(id, "publish", null, teacher).statusCode(), "a teacher cannot publish their own practice");
        assertTrue(Http.jsonArray(http.get("/api/v1/practices/submitted", "Authorization", supervisor)).toString().contains(title));
        assertEquals(403, call("GET", "/api/v1/practices/submitted", null, teacher).statusCode());

        // returning needs a comment; the teacher changes it and submits again
        assertEquals(400, review(id, "return", null, supervisor).statusCode());
        assertEquals(400, review(id, "approve", null, supervisor).statusCode());
        assertEquals("returned", state(review(id, "return", "ขอเพิ่มผลการประเมินก่อนและหลัง", supervisor)));
        assertTrue(Http.json(http.get("/api/v1/notifications", "Authorization", teacher)).toString().contains("ถูกส่งกลับให้แก้ไข"));
        assertEquals(200, call("PUT", "/api/v1/practices/" + id, "{\"results\":\"ก่อน: ร้อยละ 30 อ่านคล่อง หลัง: ร้อยละ 85\"}", teacher).statusCode());
        assertEquals("submitted", state(call("POST", "/api/v1/practices/" + id + "/submit", null, teacher)));
        assertEquals("published", state(review(id, "publish", null, supervisor)));

        // readers see it; it is found by search
        JsonObject published = Http.json(http.get("/api/v1/practices/" + id));
        assertTrue(published.getString("results").contains("ร้อยละ 85"));
        assertEquals(200, http.get("/practices/" + id).statusCode());
        // the index takes it right after the commit: allow it a moment
        JsonObject found = null;
        for (int i = 0; i < 20 && (found == null || found.getInt("total") == 0); i++) {
            Thread.sleep(i == 0 ? 0 : 250);
            found = Http.json(http.get("/api/v1/search?type=practice&q=" + URLEncoder.encode("บัตรคำ " + tag, StandardCharsets.UTF_8)));
        }
        assertEquals(1, found.getInt("total"), found.toString());

        // one rating per person, never one's own
        assertEquals(400, call("PUT", "/api/v1/practices/" + id + "/rating", "{\"stars\":5}", teacher).statusCode());
        assertEquals(400, call("PUT", "/api/v1/practices/" + id + "/rating", "{\"stars\":6}", otherTeacher).statusCode());
        call("PUT", "/api/v1/practices/" + id + "/rating", "{\"stars\":4}", otherTeacher);
        JsonObject rated = Http.json(call("PUT", "/api/v1/practices/" + id + "/rating", "{\"stars\":5}", otherTeacher));
        assertEquals(1, rated.getInt("ratingCount"));
        assertEquals(5.0, rated.getJsonNumber("rating").doubleValue());
        rated = Http.json(call("PUT", "/api/v1/practices/" + id + "/rating", "{\"stars\":2}", supervisor));
        assertEquals(2, rated.getInt("ratingCount"));
        assertEquals(3.5, rated.getJsonNumber("rating").doubleValue());

        // featured on the home page, by staff only
        assertEquals(403, call("POST", "/api/v1/practices/" + id + "/feature", null, otherTeacher).statusCode());
        assertTrue(Http.json(call("POST", "/api/v1/practices/" + id + "/feature", null, supervisor)).getBoolean("featured"));
        assertTrue(http.get("/").body().contains(title));

        // who did what
        assertEquals(403, call("GET", "/api/v1/practices/" + id + "/history", null, otherTeacher).statusCode());
        List<String> steps = Http.jsonArray(http.get("/api/v1/practices/" + id + "/history", "Authorization", teacher))
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("action")).toList();
        assertEquals(List.of("created", "submitted", "returned", "submitted", "published", "featured"), steps);
    }

    @Test
    void aRejectedPracticeStaysRejectedAndNobodyReviewsTheirOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String teacher = TestAccounts.memberCredentials("ครูวิชัย ลองดู");
        String supervisor = TestAccounts.supervisorCredentials("ศน.อำนาจ เข้มงวด");
        long id = create(teacher, "การสอนแบบเดิม " + tag);
        state(call("POST", "/api/v1/practices/" + id + "/submit", null, teacher));
        assertEquals(400, review(id, "reject", "  ", supervisor).statusCode());
        assertEquals("rejected", state(review(id, "reject", "ยังไม่เป็นแนวปฏิบัติที่เป็นเลิศ", supervisor)));
        assertEquals(400, call("POST", "/api/v1/practices/" + id + "/submit", null, teacher).statusCode());
        assertEquals(403, call("PUT", "/api/v1/practices/" + id, "{\"title\":\"ขอแก้\"}", teacher).statusCode());
        assertEquals(404, http.get("/api/v1/practices/" + id).statusCode());

        long own = create(supervisor, "ผลงานของศึกษานิเทศก์เอง " + tag);
        state(call("POST", "/api/v1/practices/" + own + "/submit", null, supervisor));
        assertEquals(400, review(own, "publish", null, supervisor).statusCode(), "nobody reviews their own");
        assertEquals("submitted", Http.json(call("GET", "/api/v1/practices/" + own, null, supervisor)).getString("state"));
    }

    private static int count(String sql, String value) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void aTeacherWritesAPracticeAndASupervisorPublishesItFromTheReviewList() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created kru = TestAccounts.member("ครูรัชนี สร้างสรรค์ " + tag);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.ชัยวัฒน์ ส่งเสริม " + tag);
        String title = "ห้องเรียนกลับด้านวิชาวิทยาศาสตร์ ม.๑ " + tag;

        try (Browser teacher = new Browser(Portal.local(base))) {
            teacher.signIn(kru.username(), kru.password());
            teacher.open("/practices");
            teacher.click(By.id("newPractice"));
            teacher.type(By.id("practice:title"), title);
            teacher.type(By.id("practice:summary"), "ให้นักเรียนดูคลิปก่อนเรียน แล้วใช้เวลาในห้องทำการทดลอง");
            for (String[] editor : new String[][]{{"problem", "นักเรียนไม่มีเวลาทดลองในชั่วโมงเรียน"},
                    {"body", "อัดคลิปสั้น 10 นาทีต่อบท ให้ดูที่บ้าน ในห้องเรียนทำการทดลองเป็นกลุ่ม"},
                    {"results", "คะแนนสอบปลายภาคเฉลี่ยเพิ่มจาก 58 เป็น 74"}}) {
                WebElement quill = teacher.find(By.cssSelector("#practice\\:" + editor[0] + " .ql-editor"));
                quill.click();
                quill.sendKeys(editor[1]);
            }
            new org.openqa.selenium.support.ui.Select(teacher.find(By.id("practice:level"))).selectByVisibleText("มัธยมศึกษาตอนต้น");
            teacher.click(By.xpath("//div[@id='practice:learningAreas']//label[contains(., 'วิทยาศาสตร์')]"));
            teacher.click(By.id("practice:save"));
            teacher.waitForText("บันทึกผลงานแล้ว");
            teacher.click(By.id("practice:view"));
            teacher.waitForText("ฉบับร่าง");
            teacher.click(By.id("workflow:submit"));
            teacher.click(By.cssSelector(".ui-confirmdialog-yes"));
            teacher.waitForText("ส่งผลงานให้พิจารณาแล้ว");
            assertEquals("รอพิจารณา", teacher.text(By.id("state")));
        }

        try (Browser supervisor = new Browser(Portal.local(base))) {
            supervisor.resize(Browser.PHONE);
            supervisor.signIn(sn.username(), sn.password());
            supervisor.open("/practices/review");
            supervisor.click(By.linkText(title));
            supervisor.waitForText("คะแนนสอบปลายภาคเฉลี่ยเพิ่มจาก 58 เป็น 74");
            supervisor.click(By.xpath("//*[@id='workflow:decision']//label[contains(., 'เผยแพร่')]"));
            supervisor.type(By.id("workflow:comment"), "ตัวอย่างที่ดี นำไปขยายผลได้");
            supervisor.screenshot("70-practice-review-phone-th");
            supervisor.click(By.id("workflow:review"));
            supervisor.waitForText("บันทึกผลการพิจารณาแล้ว");
            assertEquals("เผยแพร่แล้ว", supervisor.text(By.id("state")));
        }

        try (Browser reader = new Browser(Portal.local(base))) {
            reader.open("/practices");
            reader.click(By.linkText(title));
            reader.waitForText("ห้องเรียนกลับด้าน");
            assertFalse(reader.driver().getPageSource().contains("ตัวอย่างที่ดี นำไปขยายผลได้"), "review comments are for the author");
            reader.screenshot("71-practice-published-th");
        }
    }

    @Test
    void staffRecordAnHonourWhoseCertificateVerifiesUntilItIsWithdrawn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created kru = TestAccounts.member("นางสาวปิ่นแก้ว ผู้ใหญ่ยิ่ง " + tag);
        String supervisor = TestAccounts.supervisorCredentials("ศน.มาลัย บันทึกรางวัล");
        String member = TestAccounts.memberCredentials("ครูทั่วไป ดูรางวัล");
        String award = "ครูผู้สอนดีเด่น กลุ่มสาระการเรียนรู้ภาษาไทย " + tag;
        String input = "{\"title\":\"" + award + "\",\"citation\":\"เป็นผู้มีผลงานดีเด่นด้านการอ่านออกเขียนได้\","
                + "\"recipientUsername\":\"" + kru.username() + "\",\"level\":\"area\",\"awardedOn\":\"16 ม.ค. ๒๕๖๙\"}";

        assertEquals(403, call("POST", "/api/v1/honours", input, member).statusCode());
        assertEquals(401, http.send("POST", "/api/v1/honours", input).statusCode());
        HttpResponse<String> bad = call("POST", "/api/v1/honours", "{\"level\":\"galaxy\",\"awardedOn\":\"วันพรุ่งนี้\"}", supervisor);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(Http.json(bad).getJsonObject("fields").keySet().containsAll(List.of("level", "awardedOn")), bad.body());
        bad = call("POST", "/api/v1/honours", "{}", supervisor);
        assertTrue(Http.json(bad).getJsonObject("fields").keySet().containsAll(List.of("title", "body", "recipientName", "level", "awardedOn")),
                bad.body());

        HttpResponse<String> created = call("POST", "/api/v1/honours", input, supervisor);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject honour = Http.json(created);
        long id = honour.getJsonNumber("id").longValue();
        String code = honour.getString("verificationCode");
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{12}"), code);
        assertEquals("นางสาวปิ่นแก้ว ผู้ใหญ่ยิ่ง " + tag, honour.getString("recipientName"), "the person's name when none is given");
        assertEquals(2569, honour.getInt("awardedYear"));
        assertEquals("2026-01-16", honour.getString("awardedOn"));

        // the roll by Buddhist-era year, for everyone
        assertTrue(http.get("/api/v1/honours?year=2569").body().contains(award));
        assertFalse(http.get("/api/v1/honours?year=2568").body().contains(award));
        assertTrue(http.get("/honours?year=2569").body().contains(award));

        // the certificate: a PDF whose text is the honour's, and whose QR code opens the verification page
        HttpResponse<byte[]> pdf = http.getBytes("/certificates/" + id + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("นางสาวปิ่นแก้ว ผู้ใหญ่ยิ่ง"), text);
            assertTrue(text.contains("ให้ไว้ ณ วันที่ ๑๖ มกราคม พ.ศ. ๒๕๖๙"), text);
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(page, "png", java.nio.file.Path.of("target", "screenshots", "72-honour-certificate.png").toFile());
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String qr = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertEquals("https://nithet.example.org/honours/verify/" + code, qr);
        }
        assertEquals(404, http.get("/certificates/999999999.pdf").statusCode());

        // anyone can check a code; a wrong one does not verify
        assertEquals(award, Http.json(http.get("/api/v1/honours/verify/" + code)).getString("title"));
        assertEquals(404, http.get("/api/v1/honours/verify/AAAAAAAAAAAA").statusCode());
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.resize(Browser.PHONE);
            browser.open("/honours/verify/" + code);
            browser.waitForText("ยังมีผลอยู่");
            assertTrue(browser.text(By.id("verifiedRecipient")).contains("นางสาวปิ่นแก้ว"));
            browser.screenshot("73-honour-verified-phone-th");
            browser.open("/honours/verify/NOT-A-CODE");
            browser.waitForText("ไม่พบเกียรติบัตรตามรหัสนี้");
        }

        // withdrawn: off the roll, and the code no longer confirms it
        assertEquals(403, call("POST", "/api/v1/honours/" + id + "/withdraw", null, member).statusCode());
        assertEquals(200, call("POST", "/api/v1/honours/" + id + "/withdraw", null, supervisor).statusCode());
        assertEquals(404, http.get("/api/v1/honours/verify/" + code).statusCode());
        assertFalse(http.get("/api/v1/honours?year=2569").body().contains(award));
    }
}
