package th.nithet.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Academic news end to end in a real browser: a supervisor writes and publishes, a teacher reads, comments, downloads. */
class ContentBrowserIT extends PortalTest {

    @Test
    void aSupervisorPublishesNewsATeacherReadsCommentsAndDownloads() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.วิไลวรรณ ใจงาม");
        TestAccounts.Created kru = TestAccounts.member("ครูประภาส ตั้งใจ");
        Path dir = Files.createDirectories(Path.of("target", "it", "uploads"));
        Path picture = dir.resolve("ภาพกิจกรรม-" + tag + ".png");
        writePicture(picture);
        String pdfName = "กำหนดการอบรม ๒๕๖๙-" + tag + ".pdf";
        Path pdf = dir.resolve(pdfName);
        Files.write(pdf, ContentApiIT.pdf("Active Learning training schedule"));
        String title = "อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก " + tag;

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(sn.username(), sn.password());
            browser.open("/news");
            browser.find(By.id("newNews")).click();
            browser.type(By.id("news:title"), title);
            WebElement editor = browser.find(By.cssSelector("#news\\:body .ql-editor"));
            editor.click();
            editor.sendKeys("ขอเชิญครูผู้สอนทุกกลุ่มสาระเข้าร่วมอบรมการจัดการเรียนรู้เชิงรุก (Active Learning)");
            editor.sendKeys(Keys.ENTER, "ณ หอประชุมสำนักงานเขตพื้นที่การศึกษา");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("news:category"))).selectByVisibleText("อบรม/สัมมนา");
            WebElement tags = browser.find(By.cssSelector("#news\\:tags input"));
            tags.sendKeys("ActiveLearning");
            browser.find(By.cssSelector(".ui-autocomplete-panel li"));
            tags.sendKeys(Keys.ENTER);
            browser.find(By.id("news:saveDraft")).click();
            browser.waitForText("บันทึกร่างแล้ว");

            browser.findPresent(By.cssSelector("#files input[type=file]")).sendKeys(picture.toAbsolutePath().toString());
            browser.waitForText("แนบไฟล์ " + picture.getFileName() + " แล้ว");
            browser.findPresent(By.cssSelector("#files input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
            browser.waitForText("แนบไฟล์ " + pdfName + " แล้ว");
            browser.click(By.xpath("//form[@id='coverForm']//label[contains(., '" + picture.getFileName() + "')]"));
            browser.find(By.id("coverForm:saveCover")).click();
            browser.waitForText("บันทึกภาพปกแล้ว");
            browser.screenshot("50-news-edit-th");
            browser.find(By.id("news:publish")).click();
            browser.waitForText("เผยแพร่ข่าวแล้ว");
        }

        JsonObject listed = Http.json(http.get("/api/v1/news?category=training&limit=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("title").equals(title)).findFirst().orElseThrow();
        long id = listed.getJsonNumber("id").longValue();
        assertTrue(listed.getJsonArray("tags").toString().contains("ActiveLearning"), listed.toString());

        try (Browser teacher = new Browser(Portal.local(base))) {
            teacher.resize(Browser.PHONE);
            teacher.signIn(kru.username(), kru.password());
            teacher.open("/news");
            teacher.find(By.linkText(title)).click();
            teacher.waitForText("ขอเชิญครูผู้สอนทุกกลุ่มสาระ");
            assertEquals(title, teacher.text(By.id("title")));
            assertTrue(teacher.find(By.id("cover")).getAttribute("src").contains("/attachments/"));
            teacher.type(By.id("comments:commentText"), "สนใจเข้าร่วมครับ ขอบคุณครับ");
            teacher.find(By.id("comments:postComment")).click();
            teacher.waitForText("ส่งความคิดเห็นแล้ว");
            teacher.waitForText("สนใจเข้าร่วมครับ ขอบคุณครับ");
            teacher.waitForText("ความคิดเห็น (1)"); // the heading's count follows at once, without a reload
            teacher.screenshot("51-news-item-phone-th");
            teacher.click(By.cssSelector(".nt-edit-comment"));
            teacher.type(By.cssSelector("textarea[id$='editText']"), "สนใจเข้าร่วมครับ จะพาครูในกลุ่มสาระไปด้วย");
            teacher.click(By.cssSelector("button[id$='saveComment']"));
            teacher.waitForText("จะพาครูในกลุ่มสาระไปด้วย");
            teacher.click(By.id("reactions:like"));
            teacher.waitForText("ถูกใจแล้ว (1)");

            teacher.find(By.linkText(pdfName)).click();
            Path downloaded = teacher.awaitDownload(pdfName);
            assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(downloaded), "the PDF arrives whole, under its Thai name");

            // the author's personal page lists what they published
            teacher.find(By.id("author")).click();
            teacher.waitForText("ผลงานที่เผยแพร่ (1)");
            assertTrue(teacher.find(By.id("contributions")).getText().contains(title));
        }
        assertEquals(1, Http.json(http.get("/api/v1/news/" + id)).getInt("commentCount"));
    }

    @Test
    void aSupervisorBuildsTheKnowledgeBank() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.สมพงษ์ คลังความรู้");
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(sn.username(), sn.password());
            browser.open("/knowledge");
            browser.find(By.id("categoriesLink")).click();
            browser.type(By.id("categories:name"), "สื่อวิทยาศาสตร์ " + tag);
            browser.find(By.id("categories:save")).click();
            browser.waitForText("บันทึกหมวดหมู่ สื่อวิทยาศาสตร์ " + tag + " แล้ว");
            browser.screenshot("52-knowledge-categories-th");

            browser.open("/knowledge/new");
            browser.type(By.id("article:title"), "การทดลองวิทยาศาสตร์อย่างง่าย " + tag);
            WebElement editor = browser.find(By.cssSelector("#article\\:body .ql-editor"));
            editor.click();
            editor.sendKeys("ขั้นตอนการทดลองสำหรับครูวิทยาศาสตร์ระดับประถม");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("article:category"))).selectByVisibleText("สื่อวิทยาศาสตร์ " + tag);
            browser.find(By.id("article:publish")).click();
            browser.waitForText("เผยแพร่แล้ว");
            browser.type(By.id("article:title"), "การทดลองวิทยาศาสตร์อย่างง่าย ฉบับปรับปรุง " + tag);
            browser.type(By.id("article:note"), "ปรับชื่อเรื่อง");
            browser.find(By.id("article:publish")).click();
            browser.waitForText("เผยแพร่แล้ว");

            browser.click(By.id("article:view")); // the form may still be re-rendering after the second save
            browser.waitForText("ขั้นตอนการทดลองสำหรับครูวิทยาศาสตร์ระดับประถม");
            browser.find(By.id("versionsLink")).click();
            browser.waitForText("ปรับชื่อเรื่อง");
            browser.click(By.cssSelector(".nt-restore"));
            browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForText("คืนค่าจากฉบับที่ 1 แล้ว");
            browser.screenshot("53-knowledge-versions-th");

            browser.open("/knowledge");
            browser.waitForText("การทดลองวิทยาศาสตร์อย่างง่าย " + tag);
            browser.screenshot("54-knowledge-list-th");
        }
    }

    @Test
    void eachVisitorCountsOnceADay() throws Exception {
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.นับการเข้าชม");
        String supervisor = Http.basic(sn.username(), sn.password());
        long id = Http.json(http.send("POST", "/api/v1/knowledge", "{\"title\":\"คู่มือนับการเข้าชม\",\"body\":\"เนื้อหา\"}",
                "Authorization", supervisor)).getJsonNumber("id").longValue();
        try (Browser first = new Browser(Portal.local(base)); Browser second = new Browser(Portal.local(base))) {
            for (int i = 0; i < 3; i++) {
                first.open("/knowledge/" + id);
                first.find(By.id("title"));
            }
            second.open("/knowledge/" + id);
            second.find(By.id("title"));
        }
        // a robot is not counted
        http.get("/knowledge/" + id, "User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)");
        long deadline = System.currentTimeMillis() + 20_000;
        long views = 0;
        while (System.currentTimeMillis() < deadline) {
            views = Http.json(http.get("/api/v1/knowledge/" + id)).getJsonNumber("viewCount").longValue();
            if (views >= 2) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(3_000); // another flush round: nothing more arrives
        assertEquals(2, Http.json(http.get("/api/v1/knowledge/" + id)).getJsonNumber("viewCount").longValue(),
                "two browsers, one robot: two views");
        try (var c = Database.connect(); var q = c.prepareStatement("SELECT views FROM content_view_daily WHERE content_id = ?")) {
            q.setLong(1, id);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1), "the daily aggregate");
            }
        }
    }

    private static void writePicture(Path file) throws Exception {
        BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 93, 140));
        g.fillRect(0, 0, 800, 450);
        g.setColor(Color.WHITE);
        g.fillOval(300, 125, 200, 200);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
