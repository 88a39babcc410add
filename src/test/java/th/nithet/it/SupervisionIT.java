package th.nithet.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #7 through the real portal: supervision threads (who sees one, states, steps, follow-ups, the record), the plan, forms, projects. */
class SupervisionIT extends PortalTest {

    private HttpResponse<String> call(String method, String path, String json, String credentials) {
        return http.send(method, path, json, "Authorization", credentials);
    }

    private long school(String name) {
        long network = Http.json(call("POST", "/api/v1/networks", "{\"name\":\"เครือข่าย" + name + "\"}", admin)).getJsonNumber("id").longValue();
        HttpResponse<String> school = call("POST", "/api/v1/schools", "{\"name\":\"" + name + "\",\"networkId\":" + network + "}", admin);
        assertEquals(201, school.statusCode(), school.body());
        return Http.json(school).getJsonNumber("id").longValue();
    }

    private static String state(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getString("state");
    }

    @Test
    void aThreadIsSeenOnlyByItsPeopleAndMovesThroughItsStates() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long island = school("โรงเรียนบ้านเกาะกลาง " + tag);
        long other = school("โรงเรียนบ้านดอย " + tag);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.ทะเล นิเทศไกล");
        String supervisor = Http.basic(sn.username(), sn.password());
        TestAccounts.Created kru = TestAccounts.member("ครูเกาะ ตั้งใจสอน");
        TestAccounts.placeAt(kru.username(), island, "TEACHER");
        String teacher = Http.basic(kru.username(), kru.password());
        TestAccounts.Created director = TestAccounts.member("ผอ.เกาะ ใจดี");
        TestAccounts.placeAt(director.username(), island, "SCHOOL_DIRECTOR");
        TestAccounts.Created outsider = TestAccounts.member("ครูดอย ข้างนอก");
        TestAccounts.placeAt(outsider.username(), other, "TEACHER");
        String stranger = Http.basic(outsider.username(), outsider.password());

        assertEquals(403, call("POST", "/api/v1/supervisions", "{\"topic\":\"ไม่ใช่ศน.\",\"participants\":[\"" + kru.username() + "\"]}",
                teacher).statusCode());
        HttpResponse<String> bad = call("POST", "/api/v1/supervisions", "{\"topic\":\"ไม่มีใคร\",\"purpose\":\"x\"}", supervisor);
        assertEquals(400, bad.statusCode());
        assertTrue(Http.json(bad).getJsonObject("fields").containsKey("participants"), bad.body());
        HttpResponse<String> opened = call("POST", "/api/v1/supervisions", "{\"topic\":\"การจัดการเรียนรู้เชิงรุก ป.๕ " + tag
                + "\",\"purpose\":\"ติดตามการใช้สื่อในห้องเรียน\",\"schoolId\":" + island + ",\"participants\":[\"" + kru.username()
                + "\"],\"learningAreas\":[\"science\"]}", supervisor);
        assertEquals(201, opened.statusCode(), opened.body());
        long id = Http.json(opened).getJsonNumber("id").longValue();
        assertEquals("open", Http.json(opened).getString("state"));
        assertTrue(http.get("/api/v1/notifications", "Authorization", teacher).body().contains("/supervisions/" + id));

        // its people, its school's director and staff see it; nobody else, on the page or through the API
        assertEquals(200, call("GET", "/api/v1/supervisions/" + id, null, teacher).statusCode());
        assertEquals(200, call("GET", "/api/v1/supervisions/" + id, null, Http.basic(director.username(), director.password())).statusCode());
        assertEquals(200, call("GET", "/api/v1/supervisions/" + id, null, TestAccounts.supervisorCredentials("ศน.อื่น")).statusCode());
        assertEquals(403, call("GET", "/api/v1/supervisions/" + id, null, stranger).statusCode());
        assertEquals(403, call("GET", "/api/v1/supervisions/" + id + "/record", null, stranger).statusCode());
        assertEquals(401, http.get("/supervision-records/" + id + ".pdf").statusCode(), "a visitor is not given the record");
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(outsider.username(), outsider.password());
            browser.open("/supervisions/" + id);
            browser.waitForText("ไม่มีสิทธิ์");
            browser.open("/supervisions");
            assertFalse(browser.driver().getPageSource().contains("การจัดการเรียนรู้เชิงรุก ป.๕ " + tag));
        }
        assertEquals(401, http.get("/api/v1/supervisions/" + id).statusCode());
        assertEquals(403, call("POST", "/api/v1/supervisions/" + id + "/messages", "{\"body\":\"แอบเขียน\"}", stranger).statusCode());
        assertFalse(http.get("/api/v1/supervisions", "Authorization", stranger).body().contains("/supervisions/" + id + "\""));
        assertTrue(http.get("/api/v1/supervisions", "Authorization", teacher).body().contains("/supervisions/" + id + "\""));
        // its people find it in search too (staff-only content, open to them by name and to their school's director)
        awaitInSearch("เชิงรุก " + tag, teacher, id);
        awaitInSearch("เชิงรุก " + tag, Http.basic(director.username(), director.password()), id);
        assertFalse(http.get("/api/v1/search?q=" + java.net.URLEncoder.encode("เชิงรุก " + tag, "UTF-8"), "Authorization", stranger)
                .body().contains("\"id\":" + id + ","), "not in a stranger's search");

        // messages move it between the two sides
        assertEquals(201, call("POST", "/api/v1/supervisions/" + id + "/messages", "{\"body\":\"ส่งแผนการสอนแล้วค่ะ\"}", teacher).statusCode());
        assertEquals("awaiting_supervisor", state(call("GET", "/api/v1/supervisions/" + id, null, supervisor)));
        assertTrue(http.get("/api/v1/notifications", "Authorization", supervisor).body().contains("/supervisions/" + id));
        assertEquals(201, call("POST", "/api/v1/supervisions/" + id + "/messages", "{\"body\":\"ได้รับแล้ว จะสังเกตการสอนวันพฤหัส\"}",
                supervisor).statusCode());
        assertEquals("awaiting_school", state(call("GET", "/api/v1/supervisions/" + id, null, teacher)));

        // coaching steps: recorded by staff; an agreed action needs its due date; either side marks it done
        assertEquals(403, call("POST", "/api/v1/supervisions/" + id + "/steps", "{\"kind\":\"feedback\",\"text\":\"ครูบันทึกเอง\"}",
                teacher).statusCode());
        assertEquals(400, call("POST", "/api/v1/supervisions/" + id + "/steps", "{\"kind\":\"action\",\"text\":\"ไม่มีกำหนด\"}",
                supervisor).statusCode());
        assertEquals(400, call("POST", "/api/v1/supervisions/" + id + "/steps", "{\"kind\":\"dance\",\"text\":\"x\"}", supervisor).statusCode());
        assertEquals(201, call("POST", "/api/v1/supervisions/" + id + "/steps", "{\"kind\":\"observation\",\"text\":\"นักเรียนทำงานกลุ่มได้ดี\","
                + "\"happenedOn\":\"12/11/2569\"}", supervisor).statusCode());
        assertEquals(201, call("POST", "/api/v1/supervisions/" + id + "/steps", "{\"kind\":\"feedback\",\"text\":\"เพิ่มคำถามปลายเปิด\"}",
                supervisor).statusCode());
        long action = Http.json(call("POST", "/api/v1/supervisions/" + id + "/steps", "{\"kind\":\"action\",\"text\":\"ทำแผนการสอนที่มีคำถามปลายเปิด\","
                + "\"dueOn\":\"" + java.time.LocalDate.now().plusDays(14) + "\"}", supervisor)).getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/api/v1/supervisions/steps/" + action + "/done", null, teacher).statusCode());
        JsonObject thread = Http.json(call("GET", "/api/v1/supervisions/" + id, null, teacher));
        assertEquals(List.of("observation", "feedback", "action"), thread.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("kind")).toList());
        assertEquals(2, thread.getJsonArray("messages").size());

        // closing is the supervisor's; nothing more is written afterwards
        assertEquals(403, call("POST", "/api/v1/supervisions/" + id + "/close", null, teacher).statusCode());
        assertEquals("closed", state(call("POST", "/api/v1/supervisions/" + id + "/close", null, supervisor)));
        assertEquals(400, call("POST", "/api/v1/supervisions/" + id + "/messages", "{\"body\":\"หลังปิด\"}", teacher).statusCode());

        // the record: the usual layout, its Thai as written
        HttpResponse<byte[]> pdf = http.getBytes("/api/v1/supervisions/" + id + "/record", "Authorization", supervisor);
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String expected : List.of("บันทึกการนิเทศ", "โรงเรียนบ้านเกาะกลาง " + tag, "การจัดการเรียนรู้เชิงรุก", "นักเรียนทำงานกลุ่มได้ดี",
                    "เพิ่มคำถามปลายเปิด", "ข้อตกลงและสิ่งที่จะดำเนินการ", "ทำแผนการสอนที่มีคำถามปลายเปิด", "ดำเนินการแล้ว", "ศน.ทะเล นิเทศไกล")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            Files.createDirectories(Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png", Path.of("target", "screenshots", "82-supervision-record-page1.png").toFile());
        }
    }

    @Test
    void anOverdueAgreedActionIsShownAndItsSupervisorToldOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.ติดตาม ผล " + tag);
        String supervisor = Http.basic(sn.username(), sn.password());
        TestAccounts.Created kru = TestAccounts.member("ครูลืม กำหนด");
        long id = Http.json(call("POST", "/api/v1/supervisions", "{\"topic\":\"การวัดผลระหว่างเรียน " + tag + "\",\"purpose\":\"ติดตาม\","
                + "\"participants\":[\"" + kru.username() + "\"]}", supervisor)).getJsonNumber("id").longValue();
        call("POST", "/api/v1/supervisions/" + id + "/steps", "{\"kind\":\"action\",\"text\":\"ส่งแบบวัดผลฉบับแก้ไข\",\"dueOn\":\""
                + java.time.LocalDate.now().plusDays(3) + "\"}", supervisor);
        assertEquals("open", state(call("GET", "/api/v1/supervisions/" + id, null, supervisor)));
        try {
            assertEquals(204, http.send("POST", "/internal/clock?advance=P5D", null).statusCode());
            call("POST", "/api/v1/supervisions/follow-ups", null, admin);
            call("POST", "/api/v1/supervisions/follow-ups", null, admin);
            assertEquals("follow_up_due", state(call("GET", "/api/v1/supervisions/" + id, null, supervisor)));
            String told = http.get("/api/v1/notifications?limit=100", "Authorization", supervisor).body();
            assertEquals(1, told.split("\"kind\":\"follow_up_due\"", -1).length - 1, told);
            assertEquals(id, Http.jsonArray(http.get("/api/v1/supervisions", "Authorization", supervisor)).getJsonObject(0)
                    .getJsonNumber("id").longValue(), "follow-ups due come first");
        } finally {
            http.send("POST", "/internal/clock?reset", null);
        }
    }

    @Test
    void aSupervisorCoachesARemoteSchoolATeacherRepliesWithALessonPlanAndTheRecordIsPrinted() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String schoolName = "โรงเรียนบ้านห้วยไกล " + tag;
        long school = school(schoolName);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.ภูเขา เดินทางไกล " + tag);
        TestAccounts.Created kru = TestAccounts.member("ครูห้วย สอนดี " + tag);
        TestAccounts.placeAt(kru.username(), school, "TEACHER");
        String topic = "การอ่านออกเขียนได้ ป.๑ " + tag;

        try (Browser supervisor = new Browser(Portal.local(base))) {
            supervisor.signIn(sn.username(), sn.password());
            supervisor.open("/supervisions");
            supervisor.click(By.id("newSupervision"));
            supervisor.type(By.id("supervision:title"), topic);
            new org.openqa.selenium.support.ui.Select(supervisor.find(By.id("supervision:school"))).selectByVisibleText(schoolName);
            supervisor.type(By.id("supervision:participants"), kru.username());
            supervisor.type(By.id("supervision:body"), "ติดตามการสอนอ่านแบบแจกลูกสะกดคำ");
            supervisor.click(By.id("supervision:save"));
            supervisor.waitForText("บันทึกการนิเทศแล้ว");
            supervisor.type(By.id("conversation:message"), "ขอแผนการสอนสัปดาห์นี้ด้วยครับ");
            supervisor.click(By.id("conversation:send"));
            supervisor.waitForText("ขอแผนการสอนสัปดาห์นี้ด้วยครับ");
        }

        Path plan = Files.createDirectories(Path.of("target", "it", "uploads")).resolve("แผนการสอน-" + tag + ".pdf");
        Files.write(plan, ContentApiIT.pdf("Lesson plan: phonics week 3"));
        try (Browser teacher = new Browser(Portal.local(base))) {
            teacher.resize(Browser.PHONE);
            teacher.signIn(kru.username(), kru.password());
            teacher.open("/supervisions");
            teacher.click(By.linkText(topic));
            teacher.waitForText("ขอแผนการสอนสัปดาห์นี้ด้วยครับ");
            teacher.findPresent(By.cssSelector("#files input[type=file]")).sendKeys(plan.toAbsolutePath().toString());
            teacher.waitForText("แนบไฟล์ " + plan.getFileName() + " แล้ว");
            teacher.type(By.id("conversation:message"), "ส่งแผนการสอนแล้วค่ะ มีคลิปการสอนที่ https://www.youtube.com/watch?v=abc");
            teacher.click(By.id("conversation:send"));
            teacher.waitForText("ส่งข้อความแล้ว");
            teacher.screenshot("80-supervision-teacher-replies-phone-th");
        }

        try (Browser supervisor = new Browser(Portal.local(base))) {
            supervisor.signIn(sn.username(), sn.password());
            supervisor.open("/supervisions");
            supervisor.click(By.linkText(topic));
            supervisor.waitForText("ส่งแผนการสอนแล้วค่ะ");
            assertEquals("รอศึกษานิเทศก์", supervisor.text(By.id("state")));
            new org.openqa.selenium.support.ui.Select(supervisor.find(By.id("steps:kind"))).selectByVisibleText("ข้อเสนอแนะ");
            supervisor.type(By.id("steps:stepText"), "ใช้บัตรคำภาพประกอบ และฝึกอ่านวันละ 10 นาที");
            supervisor.click(By.id("steps:recordStep"));
            supervisor.waitForText("ใช้บัตรคำภาพประกอบ");
            new org.openqa.selenium.support.ui.Select(supervisor.find(By.id("steps:kind"))).selectByVisibleText("ข้อตกลงที่จะดำเนินการ");
            supervisor.type(By.id("steps:stepText"), "ทดสอบการอ่านรายบุคคลและส่งผล");
            supervisor.type(By.id("steps:dueOn"), "15/12/2569");
            supervisor.click(By.id("steps:recordStep"));
            supervisor.waitForText("ทดสอบการอ่านรายบุคคลและส่งผล");
            supervisor.screenshot("81-supervision-steps-th");
            supervisor.click(By.id("steps:close"));
            supervisor.click(By.cssSelector(".ui-confirmdialog-yes"));
            supervisor.waitForText("ปิดการนิเทศแล้ว");
            assertEquals("ปิดแล้ว", supervisor.text(By.id("state")));
            String record = supervisor.find(By.id("record")).getAttribute("href");
            assertTrue(record.endsWith("/supervision-records/" + record.replaceAll(".*/", "").replace(".pdf", "") + ".pdf"), record);
        }
        // the printed record (the link the page shows), read as the supervisor
        long id = Http.jsonArray(http.get("/api/v1/supervisions", "Authorization", Http.basic(sn.username(), sn.password())))
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("topic").equals(topic)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<byte[]> pdf = http.getBytes("/api/v1/supervisions/" + id + "/record", "Authorization", Http.basic(sn.username(), sn.password()));
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("ใช้บัตรคำภาพประกอบ") && text.contains(schoolName), text);
        }
    }

    @Test
    void thePlanCountsWhatWasHeldFromTheSupervisionsThemselves() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long reached = school("โรงเรียนบ้านตามแผน " + tag);
        long waiting = school("โรงเรียนบ้านรอนิเทศ " + tag);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.วางแผน ดี " + tag);
        String supervisor = Http.basic(sn.username(), sn.password());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
        int fiscalYear = (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear()) + 543;
        int thisMonth = today.getMonthValue();
        int nextMonth = today.plusMonths(1).getMonthValue();
        int nextFiscal = today.plusMonths(1).getMonthValue() == 10 ? fiscalYear + 1 : fiscalYear;

        assertEquals(403, call("POST", "/api/v1/supervision-plans", "{\"month\":1,\"schoolId\":" + reached + ",\"topic\":\"x\"}",
                TestAccounts.memberCredentials("ครูไม่ใช่ศน.")).statusCode());
        HttpResponse<String> bad = call("POST", "/api/v1/supervision-plans", "{\"fiscalYear\":" + fiscalYear + ",\"month\":13,\"topic\":\" \"}", supervisor);
        assertEquals(400, bad.statusCode());
        assertTrue(Http.json(bad).getJsonObject("fields").keySet().containsAll(List.of("month", "schoolId", "topic")), bad.body());
        for (String line : List.of(
                "{\"fiscalYear\":" + fiscalYear + ",\"month\":" + thisMonth + ",\"schoolId\":" + reached + ",\"topic\":\"การอ่าน\"}",
                "{\"fiscalYear\":" + nextFiscal + ",\"month\":" + nextMonth + ",\"schoolId\":" + reached + ",\"topic\":\"ติดตามผล\"}",
                "{\"fiscalYear\":" + fiscalYear + ",\"month\":" + thisMonth + ",\"schoolId\":" + waiting + ",\"topic\":\"การเขียน\"}")) {
            assertEquals(201, call("POST", "/api/v1/supervision-plans", line, supervisor).statusCode());
        }
        // held: a supervision with the school this month, by this supervisor
        call("POST", "/api/v1/supervisions", "{\"topic\":\"การอ่าน " + tag + "\",\"purpose\":\"ตามแผน\",\"schoolId\":" + reached + "}", supervisor);

        JsonObject progress = Http.json(call("GET", "/api/v1/supervision-plans?fiscalYear=" + fiscalYear + "&supervisor=" + sn.username(),
                null, supervisor));
        int planned = nextFiscal == fiscalYear ? 3 : 2;
        assertEquals(planned, progress.getInt("planned"), progress.toString());
        assertEquals(1, progress.getInt("held"), progress.toString());
        JsonObject bySchool = progress.getJsonArray("bySchool").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("โรงเรียนบ้านตามแผน " + tag)).findFirst().orElseThrow();
        assertEquals(planned - 1, bySchool.getInt("planned"));
        assertEquals(1, bySchool.getInt("held"));
        String notReached = progress.getJsonArray("notReached").toString();
        assertTrue(notReached.contains("โรงเรียนบ้านรอนิเทศ " + tag), notReached);
        assertFalse(notReached.contains("โรงเรียนบ้านตามแผน " + tag), notReached);
        assertEquals(403, call("GET", "/api/v1/supervision-plans", null, TestAccounts.memberCredentials("ครูอยากดูแผน")).statusCode());

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(sn.username(), sn.password());
            browser.open("/supervisions/plan?supervisor=" + sn.username());
            browser.waitForText("โรงเรียนบ้านรอนิเทศ " + tag);
            browser.screenshot("83-supervision-plan-th");
        }
    }

    @Test
    void aFormAboutASupervisionIsAnsweredOncePerPersonAndItsResultsAddUp() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.แบบประเมิน " + tag);
        String supervisor = Http.basic(sn.username(), sn.password());
        List<TestAccounts.Created> teachers = List.of(TestAccounts.member("ครูตอบหนึ่ง"), TestAccounts.member("ครูตอบสอง"),
                TestAccounts.member("ครูตอบสาม"), TestAccounts.member("ครูไม่ตอบ"));
        String participants = teachers.stream().map(t -> "\"" + t.username() + "\"").collect(java.util.stream.Collectors.joining(","));
        long thread = Http.json(call("POST", "/api/v1/supervisions", "{\"topic\":\"ประเมินความพึงพอใจ " + tag + "\",\"purpose\":\"x\","
                + "\"participants\":[" + participants + "]}", supervisor)).getJsonNumber("id").longValue();

        String form = "{\"title\":\"ความพึงพอใจต่อการนิเทศ " + tag + "\",\"anonymous\":true,\"targetId\":" + thread + ",\"questions\":["
                + "{\"kind\":\"likert\",\"text\":\"การนิเทศช่วยพัฒนาการสอน\"},"
                + "{\"kind\":\"choice\",\"text\":\"อยากให้นิเทศแบบใด\",\"choices\":[\"ออนไลน์\",\"ที่โรงเรียน\"]},"
                + "{\"kind\":\"text\",\"text\":\"ข้อเสนอแนะ\",\"required\":false}]}";
        assertEquals(403, call("POST", "/api/v1/surveys", form, Http.basic(teachers.get(0).username(), teachers.get(0).password())).statusCode());
        HttpResponse<String> bad = call("POST", "/api/v1/surveys", "{\"title\":\"\",\"questions\":[{\"kind\":\"choice\",\"text\":\"x\","
                + "\"choices\":[\"เดียว\"]}]}", supervisor);
        assertEquals(400, bad.statusCode());
        assertTrue(Http.json(bad).getJsonObject("fields").keySet().containsAll(List.of("title", "q1")), bad.body());
        JsonObject created = Http.json(call("POST", "/api/v1/surveys", form, supervisor));
        long id = created.getJsonNumber("id").longValue();
        List<Long> q = created.getJsonArray("questions").getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();

        // sent to the supervision's participants when nobody is named
        assertEquals("open", Http.json(call("POST", "/api/v1/surveys/" + id + "/open", "{}", supervisor)).getString("state"));
        String[][] given = {{"5", "ออนไลน์", "ดีมากค่ะ"}, {"๔", "ออนไลน์", ""}, {"2", "ที่โรงเรียน", "อยากให้มาที่โรงเรียน"}};
        for (int i = 0; i < 3; i++) {
            String who = Http.basic(teachers.get(i).username(), teachers.get(i).password());
            assertTrue(http.get("/api/v1/surveys", "Authorization", who).body().contains("ความพึงพอใจต่อการนิเทศ " + tag));
            String answers = "{\"answers\":{\"" + q.get(0) + "\":\"" + given[i][0] + "\",\"" + q.get(1) + "\":\"" + given[i][1]
                    + "\",\"" + q.get(2) + "\":\"" + given[i][2] + "\"}}";
            HttpResponse<String> answered = call("POST", "/api/v1/surveys/" + id + "/responses", answers, who);
            assertEquals(201, answered.statusCode(), answered.body());
            assertEquals(400, call("POST", "/api/v1/surveys/" + id + "/responses", answers, who).statusCode(), "once per person");
        }
        String fourth = Http.basic(teachers.get(3).username(), teachers.get(3).password());
        assertEquals(400, call("POST", "/api/v1/surveys/" + id + "/responses", "{\"answers\":{\"" + q.get(0) + "\":\"6\",\""
                + q.get(1) + "\":\"ทางจดหมาย\"}}", fourth).statusCode());
        assertEquals(403, call("POST", "/api/v1/surveys/" + id + "/responses", "{\"answers\":{}}",
                TestAccounts.memberCredentials("ครูไม่ได้รับเชิญ")).statusCode());

        JsonObject results = Http.json(call("GET", "/api/v1/surveys/" + id + "/results", null, supervisor));
        assertEquals(4, results.getInt("invited"));
        assertEquals(3, results.getInt("responded"));
        assertEquals(new java.math.BigDecimal("75.0"), results.getJsonNumber("responseRate").bigDecimalValue());
        JsonObject likert = results.getJsonArray("questions").getJsonObject(0);
        assertEquals(new java.math.BigDecimal("3.67"), likert.getJsonNumber("mean").bigDecimalValue(), "(5+4+2)/3");
        assertEquals("[0,1,0,1,1]", likert.getJsonArray("levels").toString());
        assertEquals(2, results.getJsonArray("questions").getJsonObject(1).getJsonObject("choices").getInt("ออนไลน์"));
        assertEquals(2, results.getJsonArray("questions").getJsonObject(2).getInt("answered"));
        assertEquals(403, call("GET", "/api/v1/surveys/" + id + "/results", null, fourth).statusCode());

        // anonymous: no stored answer says who gave it
        try (java.sql.Connection c = Database.connect(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*), COUNT(respondent_id) FROM survey_response WHERE survey_id = ?")) {
            s.setLong(1, id);
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(3, r.getInt(1));
                assertEquals(0, r.getInt(2));
            }
        }

        // the export opens as a workbook with the same numbers
        HttpResponse<byte[]> xlsx = http.getBytes("/api/v1/surveys/" + id + "/results/export?format=xlsx", "Authorization", supervisor);
        assertEquals(200, xlsx.statusCode());
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            assertEquals("การนิเทศช่วยพัฒนาการสอน", formatter.formatCellValue(sheet.getRow(1).getCell(1)));
            assertEquals("3.67", formatter.formatCellValue(sheet.getRow(1).getCell(4)));
        }

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.resize(Browser.PHONE);
            browser.signIn(teachers.get(3).username(), teachers.get(3).password());
            browser.open("/surveys/" + id);
            browser.waitForText("การนิเทศช่วยพัฒนาการสอน");
            browser.screenshot("84-survey-answer-phone-th");
        }
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(sn.username(), sn.password());
            browser.open("/surveys/" + id);
            browser.waitForText("ตอบแล้ว 3 จาก 4 คน");
            browser.screenshot("85-survey-results-th");
        }
    }

    @Test
    void aProjectTotalsItsBudgetAndItsTrainingFromItsLines() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.เจ้าของโครงการ " + tag);
        String owner = Http.basic(sn.username(), sn.password());
        String project = "{\"name\":\"พัฒนาครูด้วยกระบวนการ PLC " + tag + "\",\"kind\":\"obec_strategy\",\"continuing\":true,"
                + "\"plannedStart\":\"1/11/2569\",\"plannedEnd\":\"30/9/2570\",\"rationale\":\"ครูต้องการพัฒนาการสอน\","
                + "\"objectives\":\"เพื่อพัฒนาครูทุกคน\"}";
        assertEquals(403, call("POST", "/api/v1/projects", project, TestAccounts.memberCredentials("ครูไม่ใช่เจ้าของ")).statusCode());
        HttpResponse<String> bad = call("POST", "/api/v1/projects", "{\"name\":\" \",\"kind\":\"secret\",\"plannedStart\":\"30/9/2570\","
                + "\"plannedEnd\":\"1/10/2569\"}", owner);
        assertEquals(400, bad.statusCode());
        assertTrue(Http.json(bad).getJsonObject("fields").keySet().containsAll(List.of("name", "kind", "plannedEnd")),
                "every problem in one answer: " + bad.body());
        HttpResponse<String> created = call("POST", "/api/v1/projects", project, owner);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject p = Http.json(created);
        long id = p.getJsonNumber("id").longValue();
        assertEquals(2570, p.getInt("fiscalYear"), "1 Nov 2569 falls in fiscal year 2570");

        call("POST", "/api/v1/projects/" + id + "/budget", "{\"category\":\"compensation\",\"description\":\"ค่าตอบแทนวิทยากร\",\"amount\":\"๑๒,๐๐๐\"}", owner);
        call("POST", "/api/v1/projects/" + id + "/budget", "{\"category\":\"operating\",\"description\":\"ค่าอาหารและอาหารว่าง\",\"amount\":\"35,250.50\"}", owner);
        call("POST", "/api/v1/projects/" + id + "/budget", "{\"category\":\"operating\",\"description\":\"ค่าพาหนะ\",\"amount\":\"4,749.50\"}", owner);
        call("POST", "/api/v1/projects/" + id + "/budget", "{\"category\":\"materials\",\"description\":\"ค่าวัสดุ\",\"amount\":\"3000\"}", owner);
        assertEquals(400, call("POST", "/api/v1/projects/" + id + "/budget", "{\"category\":\"operating\",\"description\":\"ติดลบ\",\"amount\":\"-5\"}",
                owner).statusCode());
        assertEquals(400, call("POST", "/api/v1/projects/" + id + "/budget", "{\"category\":\"gifts\",\"description\":\"x\",\"amount\":\"1\"}",
                owner).statusCode());
        call("POST", "/api/v1/projects/" + id + "/trainings", "{\"position\":\"teacher\",\"targeted\":950,\"developed\":950,\"passed\":931}", owner);
        call("POST", "/api/v1/projects/" + id + "/trainings", "{\"position\":\"school_director\",\"targeted\":48,\"developed\":48,\"passed\":48}", owner);
        assertEquals(400, call("POST", "/api/v1/projects/" + id + "/trainings", "{\"position\":\"teacher\",\"targeted\":5,\"developed\":3,\"passed\":4}",
                owner).statusCode(), "more passed than developed");
        JsonObject target = Http.json(call("POST", "/api/v1/projects/" + id + "/targets", "{\"kind\":\"quantitative\",\"description\":\"ครูได้รับการพัฒนา\","
                + "\"targetValue\":\"998\",\"unit\":\"คน\"}", owner)).getJsonArray("targets").getJsonObject(0);
        call("PUT", "/api/v1/projects/" + id + "/targets/" + target.getJsonNumber("id").longValue() + "/result",
                "{\"resultValue\":\"998\",\"resultText\":\"ครบทุกคน\"}", owner);
        assertEquals(201, call("POST", "/api/v1/projects/" + id + "/activities", "{\"name\":\"อบรมเชิงปฏิบัติการ\",\"plannedStart\":\"1/12/2569\","
                + "\"plannedEnd\":\"3/12/2569\",\"actualStart\":\"8/12/2569\",\"actualEnd\":\"10/12/2569\",\"responsible\":\"กลุ่มนิเทศ\"}",
                owner).statusCode());
        assertEquals(403, call("POST", "/api/v1/projects/" + id + "/budget", "{\"category\":\"materials\",\"description\":\"แอบเพิ่ม\",\"amount\":\"1\"}",
                TestAccounts.supervisorCredentials("ศน.คนอื่น")).statusCode(), "only its owner or an admin changes it");

        JsonObject whole = Http.json(call("GET", "/api/v1/projects/" + id, null, owner));
        assertEquals(new java.math.BigDecimal("55000.00"), whole.getJsonNumber("budgetTotal").bigDecimalValue());
        JsonObject byCategory = whole.getJsonObject("budgetByCategory");
        assertEquals(new java.math.BigDecimal("12000.00"), byCategory.getJsonNumber("compensation").bigDecimalValue());
        assertEquals(new java.math.BigDecimal("40000.00"), byCategory.getJsonNumber("operating").bigDecimalValue());
        assertEquals(new java.math.BigDecimal("3000.00"), byCategory.getJsonNumber("materials").bigDecimalValue());
        assertEquals(998, whole.getInt("targeted"));
        assertEquals(998, whole.getInt("developed"));
        assertEquals(new java.math.BigDecimal("100.0"), whole.getJsonNumber("developedPercent").bigDecimalValue(), "998 of 998");
        assertEquals(new java.math.BigDecimal("98.1"), whole.getJsonNumber("passRate").bigDecimalValue(), "979 of 998");
        assertEquals(new java.math.BigDecimal("100.0"), whole.getJsonArray("targets").getJsonObject(0).getJsonNumber("percent").bigDecimalValue());

        long line = whole.getJsonArray("budget").getJsonObject(3).getJsonNumber("id").longValue();
        assertEquals(204, call("DELETE", "/api/v1/projects/" + id + "/budget/" + line, null, owner).statusCode());
        assertEquals(new java.math.BigDecimal("52000.00"),
                Http.json(call("GET", "/api/v1/projects/" + id, null, owner)).getJsonNumber("budgetTotal").bigDecimalValue());

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(sn.username(), sn.password());
            browser.open("/projects/" + id);
            browser.waitForText("พัฒนาครูด้วยกระบวนการ PLC " + tag);
            browser.waitForText("52,000.00");
            browser.screenshot("86-project-th");
        }
    }

    @Test
    void aSupervisorWritesAProjectOnItsPagesAndAFormAssessesOneOfItsActivities() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.เขียนโครงการ " + tag);
        String name = "ยกระดับการอ่านออกเขียนได้ " + tag;
        long id;
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(sn.username(), sn.password());
            browser.open("/projects");
            browser.click(By.id("newProject"));
            // a form with no name and a date nobody can read: each said, nothing saved
            browser.type(By.id("project:plannedStart"), "31/2/2570");
            browser.click(By.id("project:save"));
            browser.waitForText("31/2/2570");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/projects/new"), browser.driver().getCurrentUrl());
            browser.type(By.id("project:name"), name);
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("project:kind"))).selectByVisibleText("โครงการตามกลยุทธ์ สพฐ.");
            browser.type(By.id("project:plannedStart"), "1/11/2569");
            browser.type(By.id("project:plannedEnd"), "30/9/2570");
            browser.type(By.id("project:rationale"), "นักเรียนชั้น ป.๑ อ่านไม่คล่อง");
            browser.click(By.id("project:save"));
            browser.waitForText("บันทึกโครงการแล้ว");
            id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/projects/([0-9]+).*", "$1"));
            assertEquals("–", browser.text(By.id("actualPeriod")), "not started yet: one dash");

            new org.openqa.selenium.support.ui.Select(browser.find(By.id("parts:targetKind"))).selectByVisibleText("เชิงปริมาณ");
            browser.type(By.id("parts:targetValue"), "๙๙๘");
            browser.type(By.id("parts:targetUnit"), "คน");
            browser.type(By.id("parts:targetDescription"), "ครูได้รับการพัฒนา");
            browser.click(By.id("parts:addTarget"));
            browser.waitForText("เพิ่มเป้าหมายแล้ว");
            browser.type(By.id("parts:resultValue"), "998");
            browser.click(By.id("parts:recordResult"));
            browser.waitForText("บันทึกผลแล้ว");
            assertTrue(browser.text(By.id("targets")).contains("100.0"), browser.text(By.id("targets")));

            browser.type(By.id("parts:budgetAmount"), "สองหมื่น");
            browser.type(By.id("parts:budgetDescription"), "ค่าอาหาร");
            browser.click(By.id("parts:addBudget"));
            browser.waitForText("อ่านจำนวน \"สองหมื่น\" ไม่ได้");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("parts:budgetCategory"))).selectByVisibleText("ค่าใช้สอย");
            browser.type(By.id("parts:budgetAmount"), "12,500.50");
            browser.click(By.id("parts:addBudget"));
            browser.waitForText("เพิ่มรายการงบประมาณแล้ว");
            assertEquals("12,500.50", browser.text(By.id("budgetTotal")));

            browser.type(By.id("parts:activityName"), "อบรมครูสอนอ่านแบบแจกลูก");
            browser.type(By.id("parts:activityPlannedStart"), "5/12/2569");
            browser.type(By.id("parts:activityPlannedEnd"), "6/12/2569");
            browser.type(By.id("parts:activityResponsible"), "กลุ่มนิเทศ");
            browser.click(By.id("parts:addActivity"));
            browser.waitForText("เพิ่มกิจกรรมแล้ว");

            new org.openqa.selenium.support.ui.Select(browser.find(By.id("parts:trainingPosition"))).selectByVisibleText("ครู");
            browser.type(By.id("parts:targeted"), "10");
            browser.type(By.id("parts:developed"), "10");
            browser.type(By.id("parts:passed"), "9");
            browser.click(By.id("parts:addTraining"));
            browser.waitForText("เพิ่มการพัฒนาบุคลากรแล้ว");
            assertTrue(browser.text(By.id("trainingPercent")).contains("100.0"), browser.text(By.id("trainingPercent")));

            // a form about the activity, started from the activity's row
            browser.click(By.partialLinkText("สร้างแบบประเมิน"));
            browser.type(By.id("survey:title"), "ความพึงพอใจต่อการอบรม " + tag);
            browser.type(By.cssSelector("[id$='text']"), "ความรู้ที่ได้รับนำไปใช้ได้จริง");
            browser.click(By.id("survey:save"));
            browser.waitForText("อบรมครูสอนอ่านแบบแจกลูก");
            assertTrue(browser.text(By.id("assesses")).contains(name), browser.text(By.id("assesses")));
            browser.open("/projects/" + id);
            browser.waitForText("ความพึงพอใจต่อการอบรม " + tag);

            browser.click(By.cssSelector("[id$='removeBudget']"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("ลบรายการแล้ว");
            assertEquals("0.00", browser.text(By.id("budgetTotal")));
            browser.screenshot("87-project-written-th");
            browser.resize(Browser.PHONE);
            browser.open("/projects/" + id);
            browser.waitForText(name);
            browser.screenshot("88-project-phone-th");
        }
        String owner = Http.basic(sn.username(), sn.password());
        JsonObject project = Http.json(call("GET", "/api/v1/projects/" + id, null, owner));
        // projects join search, for staff only
        JsonArray hits = Http.json(call("GET", "/api/v1/search?q=" + java.net.URLEncoder.encode("แจกลูก " + tag, java.nio.charset.StandardCharsets.UTF_8)
                + "&type=project", null, owner)).getJsonArray("hits");
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.getJsonObject(0).getString("url").endsWith("/projects/" + id), hits.toString());
        assertEquals(0, Http.json(call("GET", "/api/v1/search?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                null, TestAccounts.memberCredentials("ครูค้นโครงการ " + tag))).getInt("total"));
        assertEquals("obec_strategy", project.getString("kind"));
        assertEquals(0, project.getJsonArray("budget").size());
        long activity = project.getJsonArray("activities").getJsonObject(0).getJsonNumber("id").longValue();

        // a form assesses one thing only
        HttpResponse<String> two = call("POST", "/api/v1/surveys", "{\"title\":\"สองเรื่อง\",\"targetId\":" + id + ",\"activityId\":" + activity
                + ",\"questions\":[{\"kind\":\"likert\",\"text\":\"พอใจ\"}]}", owner);
        assertEquals(400, two.statusCode(), two.body());
        assertTrue(Http.json(two).getJsonObject("fields").containsKey("targetId"), two.body());
        // a supervision says which project it serves
        HttpResponse<String> supervision = call("POST", "/api/v1/supervisions", "{\"topic\":\"ติดตามหลังอบรม " + tag + "\",\"purpose\":\"ติดตามการนำไปใช้\",\"schoolId\":"
                + school("โรงเรียนโครงการ " + tag) + ",\"projectId\":" + id + "}", owner);
        assertEquals(201, supervision.statusCode(), supervision.body());
        assertEquals(id, Http.json(supervision).getJsonNumber("projectId").longValue());
        HttpResponse<String> unknown = call("POST", "/api/v1/supervisions", "{\"topic\":\"ไม่มีโครงการนี้\",\"purpose\":\"ทดสอบ\",\"schoolId\":"
                + school("โรงเรียนอื่น " + tag) + ",\"projectId\":999999999}", owner);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(Http.json(unknown).getJsonObject("fields").containsKey("projectId"), unknown.body());

        // another supervisor reads it but may not change it
        TestAccounts.Created other = TestAccounts.supervisor("ศน.อีกคน " + tag);
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(other.username(), other.password());
            browser.open("/projects/" + id);
            browser.waitForText(name);
            assertTrue(browser.driver().findElements(By.id("parts:addTarget")).isEmpty(), "no forms to change someone else's project");
            assertTrue(browser.driver().findElements(By.id("editProject")).isEmpty());
        }
    }

    private void awaitInSearch(String q, String credentials, long id) throws InterruptedException {
        String path = "/api/v1/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
        long deadline = System.currentTimeMillis() + 15_000;
        String answer = "";
        while (System.currentTimeMillis() < deadline) {
            answer = http.get(path, "Authorization", credentials).body();
            if (answer.contains("\"id\":" + id + ",")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("search for " + q + " never found supervision " + id + ": " + answer);
    }
}
