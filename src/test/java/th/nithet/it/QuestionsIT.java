package th.nithet.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Q&A (#6) through the real portal: asking, answering, votes, acceptance, the queue, escalation and notifications. */
class QuestionsIT extends PortalTest {

    private HttpResponse<String> call(String method, String path, String json, String credentials) {
        return http.send(method, path, json, "Authorization", credentials);
    }

    private long ask(String credentials, String title, String area) {
        HttpResponse<String> asked = call("POST", "/api/v1/questions", "{\"title\":\"" + title + "\",\"body\":\"รายละเอียดของคำถาม "
                + title + "\",\"learningAreas\":[\"" + area + "\"]}", credentials);
        assertEquals(201, asked.statusCode(), asked.body());
        return Http.json(asked).getJsonNumber("id").longValue();
    }

    private long answer(long question, String credentials, String body) {
        HttpResponse<String> answered = call("POST", "/api/v1/questions/" + question + "/answers", "{\"body\":\"" + body + "\"}", credentials);
        assertEquals(201, answered.statusCode(), answered.body());
        return Http.json(answered).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> notifications(Http http, String credentials) {
        return Http.json(http.get("/api/v1/notifications?limit=100", "Authorization", credentials))
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static long count(List<JsonObject> notifications, String kind, String link) {
        return notifications.stream().filter(n -> n.getString("kind").equals(kind) && n.getString("link").startsWith(link)).count();
    }

    @Test
    void aQuestionIsAnsweredVotedOnceAndAcceptedByItsAsker() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created asker = TestAccounts.member("ครูสมศรี ถามเก่ง");
        String kru = Http.basic(asker.username(), asker.password());
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.ประเสริฐ ตอบไว");
        String supervisor = Http.basic(sn.username(), sn.password());
        String other = TestAccounts.memberCredentials("ครูสมชาย ผ่านมา");

        long q = ask(kru, "สอนคณิตศาสตร์แบบ Active Learning ป.๔ ทำอย่างไร " + tag, "mathematics");
        assertEquals(400, call("PUT", "/api/v1/content/" + q + "/like", null, kru).statusCode(), "no vote on one's own question");

        long a = answer(q, supervisor, "ลองใช้กิจกรรมกลุ่มและสื่อของจริง <script>alert(1)</script>");
        JsonObject read = Http.json(http.get("/api/v1/questions/" + q));
        assertEquals(1, read.getInt("answerCount"));
        assertNotNull(read.getString("firstAnsweredAt"));
        String stored = read.getJsonArray("answers").getJsonObject(0).getString("body");
        assertTrue(stored.contains("กิจกรรมกลุ่ม") && !stored.contains("<script"), stored);

        // the asker is told, in the bell and by e-mail (immediate is the default)
        assertEquals(1, count(notifications(http, kru), "answered", "/questions/" + q));
        MimeMessage mail = TestMailServer.awaitMailTo(asker.email(), Duration.ofSeconds(60));
        assertTrue(mail.getSubject().contains("ตอบคำถามของคุณ"), mail.getSubject());
        assertTrue(mail.getContent().toString().contains("https://nithet.example.org/questions/" + q), mail.getContent().toString());

        // votes: one per person, never on one's own answer
        assertEquals("1", call("POST", "/api/v1/questions/answers/" + a + "/vote", null, kru).body());
        assertEquals("1", call("POST", "/api/v1/questions/answers/" + a + "/vote", null, kru).body(), "voting twice is one vote");
        assertEquals("2", call("POST", "/api/v1/questions/answers/" + a + "/vote", null, other).body());
        assertEquals(400, call("POST", "/api/v1/questions/answers/" + a + "/vote", null, supervisor).statusCode());
        assertEquals("1", call("DELETE", "/api/v1/questions/answers/" + a + "/vote", null, other).body());
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM answer_vote WHERE answer_id = ?")) {
            s.setLong(1, a);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
        }

        // only the asker (or staff) accepts; the answerer is told
        assertEquals(403, call("POST", "/api/v1/questions/answers/" + a + "/accept", null, other).statusCode());
        assertEquals(401, http.send("POST", "/api/v1/questions/answers/" + a + "/accept", null).statusCode());
        assertEquals(200, call("POST", "/api/v1/questions/answers/" + a + "/accept", null, kru).statusCode());
        JsonObject accepted = Http.json(http.get("/api/v1/questions/" + q));
        assertEquals(a, accepted.getJsonNumber("acceptedAnswerId").longValue());
        assertTrue(accepted.getJsonArray("answers").getJsonObject(0).getBoolean("accepted"));
        assertEquals(1, count(notifications(http, supervisor), "accepted", "/questions/" + q));

        // answers are edited by their author (or staff), and every text is kept
        assertEquals(403, call("PUT", "/api/v1/questions/answers/" + a, "{\"body\":\"แก้โดยคนอื่น\"}", other).statusCode());
        assertEquals(200, call("PUT", "/api/v1/questions/answers/" + a, "{\"body\":\"ลองใช้กิจกรรมกลุ่ม สื่อของจริง และเกม\"}", supervisor).statusCode());
        var versions = Http.jsonArray(http.get("/api/v1/questions/answers/" + a + "/versions")).getValuesAs(JsonObject.class);
        assertEquals(2, versions.size());
        assertTrue(versions.get(0).getString("body").contains("เกม"));
        assertFalse(versions.get(1).getString("body").contains("เกม"));

        // bad input changes nothing
        assertEquals(400, call("POST", "/api/v1/questions/" + q + "/answers", "{\"body\":\"  \"}", other).statusCode());
        assertEquals(404, call("POST", "/api/v1/questions/999999999/answers", "{\"body\":\"ตอบ\"}", other).statusCode());
        assertEquals(401, http.send("POST", "/api/v1/questions", "{\"title\":\"ถามโดยไม่ลงชื่อ\",\"body\":\"x\"}").statusCode());
        assertEquals(1, Http.json(http.get("/api/v1/questions/" + q)).getInt("answerCount"));

        // answers are found by search, on their question
        JsonObject found = Http.json(http.get("/api/v1/search?q=" + java.net.URLEncoder.encode("สื่อของจริง " + tag, "UTF-8") + "&type=question"));
        assertTrue(found.getJsonArray("hits").getValuesAs(JsonObject.class).stream().anyMatch(h -> h.getJsonNumber("id").longValue() == q),
                found.toString());
    }

    @Test
    void followersAreToldAndDigestsWaitForTheirRound() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String asker = TestAccounts.memberCredentials("ครูวันดี ใฝ่รู้");
        TestAccounts.Created follower = TestAccounts.member("ครูมานะ ติดตาม");
        String followerCredentials = Http.basic(follower.username(), follower.password());
        String answerer = TestAccounts.memberCredentials("ครูปิติ ช่วยตอบ");
        long q = ask(asker, "การทำ PLC ในโรงเรียนขนาดเล็ก " + tag, "science");

        assertEquals(204, call("POST", "/api/v1/questions/" + q + "/follow", null, followerCredentials).statusCode());
        HttpResponse<String> digest = call("PUT", "/api/v1/notifications/settings", "{\"mail\":\"digest\"}", followerCredentials);
        assertEquals(200, digest.statusCode(), digest.body());
        assertEquals(400, call("PUT", "/api/v1/notifications/settings", "{\"mail\":\"weekly\"}", followerCredentials).statusCode());
        assertEquals("digest", Http.json(http.get("/api/v1/notifications/settings", "Authorization", followerCredentials)).getString("mail"));

        answer(q, answerer, "เริ่มจากปัญหาในห้องเรียนจริง แล้วนัดกันทุกสัปดาห์");
        List<JsonObject> mine = notifications(http, followerCredentials);
        assertEquals(1, count(mine, "followed_answered", "/questions/" + q));
        long id = mine.stream().filter(n -> n.getString("link").startsWith("/questions/" + q)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals("WAITING", mailState(id), "a digest reader's mail waits");

        // someone else's notification is not found; one's own is read
        assertEquals(404, call("POST", "/api/v1/notifications/" + id + "/read", null, asker).statusCode());
        assertFalse(Http.json(call("POST", "/api/v1/notifications/" + id + "/read", null, followerCredentials)).getBoolean("unread"));

        assertEquals(403, call("POST", "/api/v1/notifications/digests", null, followerCredentials).statusCode());
        HttpResponse<String> sent = call("POST", "/api/v1/notifications/digests", null, admin);
        assertEquals(200, sent.statusCode(), sent.body());
        MimeMessage mail = TestMailServer.awaitMailTo(follower.email(), Duration.ofSeconds(60));
        assertTrue(mail.getSubject().contains("สรุปการแจ้งเตือน"), mail.getSubject());
        assertTrue(mail.getContent().toString().contains("การทำ PLC ในโรงเรียนขนาดเล็ก " + tag), mail.getContent().toString());
        assertEquals("DIGESTED", mailState(id));
    }

    private static String mailState(long notification) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement("SELECT mail FROM notification WHERE id = ?")) {
            s.setLong(1, notification);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    @Test
    void anUnansweredQuestionIsEscalatedToItsSupervisorsOnceAfterTheConfiguredTime() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.ดวงใจ รับผิดชอบภาษาไทย");
        String supervisor = Http.basic(sn.username(), sn.password());
        TestAccounts.giveLearningArea(sn.username(), "thai");
        String teacher = TestAccounts.memberCredentials("ครูอรุณ รอคำตอบ");
        long q = ask(teacher, "สอนเขียนเรียงความให้นักเรียน ม.๑ " + tag, "thai");

        assertEquals(403, call("GET", "/api/v1/questions/queue", null, teacher).statusCode());
        JsonObject queued = Http.jsonArray(http.get("/api/v1/questions/queue", "Authorization", supervisor)).getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("id").longValue() == q).findFirst().orElseThrow();
        assertTrue(absent(queued, "escalatedAt"));

        call("POST", "/api/v1/questions/escalations", null, admin);
        assertEquals(0, count(notifications(http, supervisor), "escalated", "/questions/" + q), "not due before 48 hours");
        try {
            assertEquals(204, http.send("POST", "/internal/clock?advance=PT49H", null).statusCode());
            call("POST", "/api/v1/questions/escalations", null, admin);
            call("POST", "/api/v1/questions/escalations", null, admin);
            // the minute round may have been first: either way, exactly one notification
            assertEquals(1, count(notifications(http, supervisor), "escalated", "/questions/" + q));
            JsonObject overdue = Http.jsonArray(http.get("/api/v1/questions/queue", "Authorization", supervisor)).getValuesAs(JsonObject.class)
                    .stream().filter(i -> i.getJsonNumber("id").longValue() == q).findFirst().orElseThrow();
            assertFalse(absent(overdue, "escalatedAt"));
        } finally {
            http.send("POST", "/internal/clock?reset", null);
        }

        // once answered, it leaves the queue and counts in the response times
        answer(q, supervisor, "ให้เริ่มจากการเขียนย่อหน้าเดียวก่อน");
        assertTrue(Http.jsonArray(http.get("/api/v1/questions/queue?all=true", "Authorization", supervisor)).getValuesAs(JsonObject.class)
                .stream().noneMatch(i -> i.getJsonNumber("id").longValue() == q));
        JsonObject times = Http.json(http.get("/api/v1/questions/response-times", "Authorization", supervisor));
        assertTrue(times.getInt("answered") >= 1, times.toString());
        assertFalse(absent(times, "medianMinutesToFirstAnswer"), times.toString());
    }

    /** JSON-B leaves nulls out. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    @Test
    void aNotificationMailIsRetriedAfterTheMailServerWasDown() throws Exception {
        TestAccounts.Created asker = TestAccounts.member("ครูนภา รออีเมล");
        String kru = Http.basic(asker.username(), asker.password());
        long q = ask(kru, "ขอแบบประเมินการอ่าน " + UUID.randomUUID().toString().substring(0, 6), "thai");
        TestMailServer.stop();
        try {
            answer(q, TestAccounts.memberCredentials("ครูใจดี ตอบตอนเมลล่ม"), "ใช้แบบประเมินของ สพฐ. ได้ครับ");
            awaitFailedAttempt(asker.email());
        } finally {
            TestMailServer.start();
        }
        try {
            // the next attempt is due a minute (or more, after several failures) later: move the clock on
            assertEquals(204, http.send("POST", "/internal/clock?advance=PT15M", null).statusCode());
            MimeMessage mail = TestMailServer.awaitMailTo(asker.email(), Duration.ofSeconds(60));
            assertTrue(mail.getSubject().contains("ตอบคำถามของคุณ"), mail.getSubject());
        } finally {
            http.send("POST", "/internal/clock?reset", null);
        }
    }

    private static void awaitFailedAttempt(String recipient) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                    "SELECT attempts, sent_at FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1")) {
                s.setString(1, recipient);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getInt(1) > 0) {
                        assertEquals(null, r.getTimestamp(2), "not sent while the server is down");
                        return;
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the outbox never tried the mail to " + recipient);
    }

    @Test
    void aTeacherAsksSeesASimilarQuestionASupervisorAnswersFromTheQueueAndTheTeacherAccepts() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String earlier = "การวัดผลการอ่านออกเขียนได้ของนักเรียนชั้น ป.๑ " + tag;
        ask(TestAccounts.memberCredentials("ครูรุ่นพี่ เคยถาม"), earlier, "thai");
        TestAccounts.Created kru = TestAccounts.member("ครูสุดา ใจดี " + tag);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.วีระ นิเทศดี " + tag);
        String title = "วัดผลการอ่านออกเขียนได้ ป.๑ ใช้เครื่องมืออะไรดี " + tag;

        try (Browser teacher = new Browser(Portal.local(base))) {
            teacher.resize(Browser.PHONE);
            teacher.signIn(kru.username(), kru.password());
            teacher.open("/questions");
            teacher.click(By.id("ask"));
            teacher.type(By.id("question:title"), title);
            // questions like it show while typing
            teacher.find(By.xpath("//ul[@id='similarList']//a[contains(., '" + tag + "')]"));
            assertTrue(teacher.text(By.id("question:similar")).contains(earlier));
            teacher.screenshot("60-question-ask-similar-phone-th");
            WebElement editor = teacher.find(By.cssSelector("#question\\:body .ql-editor"));
            editor.click();
            editor.sendKeys("นักเรียน ป.๑ ในโรงเรียนขนาดเล็ก อยากได้แบบทดสอบที่ใช้ง่าย");
            teacher.click(By.xpath("//div[@id='question:learningAreas']//label[contains(., 'ภาษาไทย')]"));
            teacher.click(By.id("question:save"));
            teacher.waitForText("โพสต์คำถามแล้ว");
            assertEquals(title, teacher.text(By.id("title")));
        }

        try (Browser supervisor = new Browser(Portal.local(base))) {
            supervisor.signIn(sn.username(), sn.password());
            supervisor.open("/questions/queue");
            supervisor.click(By.id("queue:everyone"));
            supervisor.find(By.linkText(title));
            supervisor.screenshot("61-question-queue-th");
            supervisor.click(By.linkText(title));
            supervisor.waitForText("ยังไม่มีคำตอบ");
            WebElement editor = supervisor.find(By.cssSelector("#answersForm\\:answerText .ql-editor"));
            editor.click();
            editor.sendKeys("ใช้แบบทดสอบการอ่านออกเขียนได้ของ สพฐ. และบันทึกผลรายบุคคลทุกเดือน");
            supervisor.click(By.id("answersForm:postAnswer"));
            supervisor.waitForText("ส่งคำตอบแล้ว");
            supervisor.find(By.xpath("//div[contains(@class,'nt-answer')]//p[contains(., 'บันทึกผลรายบุคคล')]"));
        }

        try (Browser teacher = new Browser(Portal.local(base))) {
            teacher.signIn(kru.username(), kru.password());
            teacher.open("/");
            assertTrue(Integer.parseInt(teacher.text(By.id("unreadCount"))) >= 1, "the bell shows the answer");
            teacher.click(By.id("bell"));
            teacher.click(By.xpath("//a[contains(@class,'nt-notification-link')][contains(., '" + tag + "')]"));
            teacher.waitForText("บันทึกผลรายบุคคล");
            teacher.click(By.xpath("//button[contains(@id,':accept')]"));
            teacher.waitForText("ยอมรับคำตอบแล้ว");
            teacher.find(By.cssSelector(".nt-answer-accepted .nt-accepted-label"));
            teacher.screenshot("62-question-accepted-th");
        }
    }
}
