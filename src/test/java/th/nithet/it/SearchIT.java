package th.nithet.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One search over everything, through the real index, the API and the page. */
class SearchIT extends PortalTest {

    @Test
    void theSearchContractAndItsVisibility() throws Exception {
        String tag = "ทดสอบ" + UUID.randomUUID().toString().substring(0, 4);
        String supervisor = supervisor();
        String member = member();
        long open = create(supervisor, "การประเมินวิทยฐานะครู " + tag, "แนวทางการประเมินวิทยฐานะครูรอบใหม่ ปี ๒๕๖๙", "public");
        long members = create(supervisor, "คู่มือวิทยฐานะสำหรับสมาชิก " + tag, "วิทยฐานะ เฉพาะสมาชิก", "members");
        long staff = create(supervisor, "บันทึกวิทยฐานะภายใน " + tag, "วิทยฐานะ เฉพาะบุคลากร", "staff");

        // indexed after each commit, in the background: all three are in once the supervisor finds them
        awaitHits("วิทยฐานะ " + tag, supervisor, 3);
        JsonObject anonymous = awaitHits("วิทยฐานะ " + tag, null, 1);
        assertEquals(Set.of(open), ids(anonymous), "anonymous calls see public items only");
        JsonObject hit = anonymous.getJsonArray("hits").getJsonObject(0);
        assertEquals(Set.of("id", "type", "title", "url", "snippet", "score"), hit.keySet(), "exactly the contract's fields");
        assertEquals("knowledge", hit.getString("type"));
        assertEquals(Http.json(http.get("/api/v1/knowledge/" + open)).getString("url"), hit.getString("url"), "the content API's ids and urls");
        assertTrue(hit.getString("snippet").contains("<mark>วิทยฐานะ</mark>"), hit.getString("snippet"));
        assertEquals(Set.of(open, members), ids(search("วิทยฐานะ " + tag, member)));
        assertEquals(Set.of(open, members, staff), ids(search("วิทยฐานะ " + tag, supervisor)));
        assertEquals(Set.of(open), ids(search("2569 " + tag, null)), "Thai digits in the text, Arabic in the query");
        assertEquals(Set.of(), ids(search("วิทยฐานะ " + tag + " -ใหม่", null)));
        for (String broken : List.of("\"((", "วิทยฐานะ AND (", ":", "\\", "*?", "-", "\"")) {
            assertEquals(200, http.get("/api/v1/search?q=" + URLEncoder.encode(broken, StandardCharsets.UTF_8)).statusCode(), broken);
        }
        assertEquals(200, http.get("/search?q=" + URLEncoder.encode("\"((", StandardCharsets.UTF_8)).statusCode(), "the page too");

        // unpublished: gone from search
        assertEquals(200, http.send("POST", "/api/v1/knowledge/" + open + "/unpublish", null, "Authorization", supervisor).statusCode());
        awaitHits("วิทยฐานะ " + tag, null, 0);
    }

    @Test
    void attachmentsAreSearchedByTheirText() throws Exception {
        String supervisor = supervisor();
        String word = "Mentoring" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        long id = create(supervisor, "เอกสารการอบรม", "ดูไฟล์แนบ", "public");
        HttpResponse<String> attached = http.sendBytes("POST", "/api/v1/content/" + id + "/attachments?name="
                + URLEncoder.encode("คู่มือโค้ช.pdf", StandardCharsets.UTF_8), ContentApiIT.pdf("Coaching and " + word + " handbook"),
                "application/octet-stream", "Authorization", supervisor);
        assertEquals(201, attached.statusCode(), attached.body());
        JsonObject found = awaitHits(word, null, 1);
        assertEquals(id, found.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue());
        String page = http.get("/search?q=" + word).body();
        assertTrue(page.contains("คู่มือโค้ช.pdf"), "the hit says which file matched");
    }

    @Test
    void theIndexIsReconciledWithTheDatabase() throws Exception {
        String supervisor = supervisor();
        String tag = "ตรวจสอบ" + UUID.randomUUID().toString().substring(0, 4);
        long id = create(supervisor, "ชื่อเดิม " + tag, "เนื้อหา", "public");
        awaitHits("ชื่อเดิม " + tag, null, 1);
        // as if the index had missed a change (a crash between commit and indexing)
        try (var c = Database.connect(); var update = c.prepareStatement(
                "UPDATE content_item SET title = ?, updated_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
            update.setString(1, "ชื่อใหม่ " + tag);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(0, ids(search("ชื่อใหม่ " + tag, null)).size(), "stale until reconciled");
        assertEquals(403, http.send("POST", "/api/v1/search/reconcile", null, "Authorization", member()).statusCode());
        HttpResponse<String> fixed = http.send("POST", "/api/v1/search/reconcile", null, "Authorization", admin);
        assertEquals(200, fixed.statusCode());
        assertTrue(Integer.parseInt(fixed.body().strip()) >= 1, fixed.body());
        assertEquals(Set.of(id), ids(search("ชื่อใหม่ " + tag, null)));
        JsonObject status = Http.json(http.get("/api/v1/search/status", "Authorization", admin));
        assertTrue(status.getInt("documents") >= 1);
        assertTrue(status.getJsonNumber("sizeBytes").longValue() > 0);
    }

    @Test
    void aTeacherTypesThaiPicksASuggestionFiltersAndOpensAHit() throws Exception {
        String supervisor = supervisor();
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String title = "การจัดการเรียนรู้เชิงรุกวิชาคณิตศาสตร์ " + tag;
        long math = createWithArea(supervisor, title, "ตัวอย่างกิจกรรมเชิงรุก", "mathematics");
        createWithArea(supervisor, "การจัดการเรียนรู้เชิงรุกวิชาภาษาไทย " + tag, "ตัวอย่างกิจกรรมเชิงรุก", "thai");
        awaitHits("เชิงรุก " + tag, null, 2);
        TestAccounts.Created kru = TestAccounts.member("ครูค้นหา ขยันอ่าน");
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.resize(Browser.PHONE);
            browser.signIn(kru.username(), kru.password());
            browser.open("/search");
            browser.find(By.cssSelector("#search\\:q input")).sendKeys("เรียนรู้เชิงรุกวิชาคณิต");
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + title + "')]"));
            browser.waitForText("พบ 1 รายการ");
            browser.open("/search?q=" + URLEncoder.encode("เชิงรุก " + tag, StandardCharsets.UTF_8));
            browser.waitForText("พบ 2 รายการ");
            browser.screenshot("60-search-results-phone-th");
            browser.click(By.xpath("//a[contains(@class,'nt-facet-area') and contains(., 'คณิตศาสตร์')]"));
            browser.waitForText("พบ 1 รายการ");
            browser.click(By.cssSelector(".nt-hit-title"));
            browser.waitForText("ตัวอย่างกิจกรรมเชิงรุก");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/knowledge/" + math));
        }
    }

    @Test
    void aTeacherTypesAMisspeltWordAndSeesWhatWasMeantAndCanSearchTheTypedFormInstead() throws Exception {
        String tag = "ตรวจ" + UUID.randomUUID().toString().substring(0, 4);
        long item = create(supervisor(), "แนวปฏิบัติการนิเทศภายใน " + tag, "ขั้นตอนการปฏิบัติงานของครู " + tag, "public");
        awaitHits(tag, null, 1);

        JsonObject meant = Http.json(search("ปฎิบัติ " + tag, null));
        assertEquals("ปฏิบัติ " + tag, meant.getString("respelled"), meant.toString());
        assertEquals(Set.of(item), ids(meant));
        JsonObject typed = Http.json(http.get("/api/v1/search?asTyped=true&q=" + URLEncoder.encode("ปฎิบัติ " + tag, StandardCharsets.UTF_8)));
        assertEquals(0, typed.getInt("total"), typed.toString());

        TestAccounts.Created kru = TestAccounts.member("ครูพิมพ์ ผิดบ้าง");
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(kru.username(), kru.password());
            browser.open("/search?q=" + URLEncoder.encode("ปฎิบัติ " + tag, StandardCharsets.UTF_8));
            browser.waitForText("แสดงผลการค้นหาสำหรับ");
            assertEquals("ปฏิบัติ " + tag, browser.find(By.id("respelledAs")).getText());
            assertTrue(browser.find(By.id("total")).getText().contains("พบ 1 รายการ"));
            browser.screenshot("61-search-respelled-th");
            browser.resize(Browser.PHONE);
            browser.screenshot("62-search-respelled-phone-th");
            browser.click(By.id("searchAsTyped"));
            browser.waitForText("ไม่พบรายการที่ตรงกับคำค้น");
            assertTrue(browser.driver().findElements(By.id("respelled")).isEmpty(), "as typed: no notice");
            assertTrue(browser.driver().getCurrentUrl().contains("typed=1"));
        }
    }

    @Test
    void anAdministratorAddsTheOfficesShortFormAndSearchUsesItAtOnce() throws Exception {
        String tag = "ย่อ" + UUID.randomUUID().toString().substring(0, 4);
        long item = create(supervisor(), "แผนปฏิบัติการของกลุ่มนโยบายและแผน " + tag, "งบประมาณและโครงการ " + tag, "public");
        awaitHits(tag, null, 1);
        assertEquals(0, Http.json(search("สนผ " + tag, null)).getInt("total"), "a short form the portal does not know yet");

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn("admin", Portal.adminPassword());
            browser.open("/admin/index.xhtml");
            browser.click(By.id("shortFormsAdminLink"));
            browser.waitForText("คำย่อที่มากับระบบ");
            assertTrue(browser.text(By.id("shipped")).contains("ศน. = ศึกษานิเทศก์"));
            browser.click(By.id("forms:add"));
            browser.waitForText("กรุณากรอกทั้งคำย่อและคำเต็ม");
            browser.type(By.id("forms:shortForm"), "สนผ.");
            browser.type(By.id("forms:longForm"), "กลุ่มนโยบายและแผน");
            browser.click(By.id("forms:add"));
            browser.waitForText("มีผลกับการค้นหาทันที");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('forms:add').scrollIntoView()");
            browser.screenshot("63-admin-short-forms-th");
            browser.resize(Browser.PHONE);
            browser.screenshot("64-admin-short-forms-phone-th");

            JsonObject meant = Http.json(search("สนผ " + tag, null));
            assertEquals(Set.of(item), ids(meant), meant.toString());
            assertTrue(meant.getString("respelled").startsWith("กลุ่มนโยบายและแผน"), meant.toString());

            browser.type(By.id("forms:shortForm"), "ส.น.ผ.");
            browser.type(By.id("forms:longForm"), "กลุ่มนโยบายและแผน");
            browser.click(By.id("forms:add"));
            browser.waitForText("อยู่แล้ว");

            browser.click(By.xpath("//tr[contains(., 'สนผ.')]//button[contains(@class,'nt-remove-short-form')]"));
            browser.waitForText("ลบคำย่อนี้หรือไม่");
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("ลบคำย่อ สนผ. = กลุ่มนโยบายและแผน แล้ว");
            assertEquals(0, Http.json(search("สนผ " + tag, null)).getInt("total"), "removed: no longer respelled");
        }
        TestAccounts.Created kru = TestAccounts.member("ครูไม่ใช่ผู้ดูแล");
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn(kru.username(), kru.password());
            browser.open("/admin/short-forms.xhtml");
            browser.waitForText("ไม่มีสิทธิ์เข้าถึง");
        }
    }

    private JsonObject awaitHits(String q, String credentials, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        JsonObject answer = null;
        while (System.currentTimeMillis() < deadline) {
            answer = Http.json(search(q, credentials));
            if (answer.getInt("total") == expected) {
                return answer;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("search for " + q + " never found " + expected + ": " + answer);
    }

    private HttpResponse<String> search(String q, String credentials) {
        String path = "/api/v1/search?limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return credentials == null ? http.get(path) : http.get(path, "Authorization", credentials);
    }

    private static Set<Long> ids(HttpResponse<String> answer) {
        return ids(Http.json(answer));
    }

    private static Set<Long> ids(JsonObject answer) {
        return Set.copyOf(answer.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList());
    }

    private long create(String credentials, String title, String body, String visibility) {
        HttpResponse<String> created = http.send("POST", "/api/v1/knowledge", jakarta.json.Json.createObjectBuilder()
                .add("title", title).add("body", body).add("visibility", visibility).build().toString(), "Authorization", credentials);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private long createWithArea(String credentials, String title, String body, String area) {
        HttpResponse<String> created = http.send("POST", "/api/v1/knowledge", jakarta.json.Json.createObjectBuilder()
                .add("title", title).add("body", body).add("learningAreas", jakarta.json.Json.createArrayBuilder().add(area))
                .build().toString(), "Authorization", credentials);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static String supervisor() throws Exception {
        return TestAccounts.supervisorCredentials("ศน.ค้นหา");
    }

    private static String member() throws Exception {
        return TestAccounts.memberCredentials("ครูค้นหา");
    }
}
