package th.nithet.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisation and account management through /api/v1, as an administrator's script uses it. */
class OrganisationApiIT extends PortalTest {


    @Test
    void learningAreasAreSeededAndPublic() {
        JsonArray areas = Http.jsonArray(http.get("/api/v1/learning-areas"));
        // ten seeded; another test may have added one at the end
        assertEquals("ภาษาไทย", areas.getJsonObject(0).getString("nameTh"));
        assertEquals("special-education", areas.getJsonObject(9).getString("code"));
    }

    @Test
    void schoolsAndNetworksSortInThaiDictionaryOrder() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long network = createNetwork("เครือข่ายทดสอบ " + tag);
        // code point order would be กระบี่, ขอนแก่น, แม่ฮ่องสอน, ไก่ขาว: the leading vowels เ แ โ ใ ไ sort last
        for (String name : List.of("แม่ฮ่องสอน", "ไก่ขาว", "ขอนแก่น", "กระบี่")) {
            assertEquals(201, post("/api/v1/schools", "{\"name\":\"โรงเรียน" + name + " " + tag + "\",\"networkId\":" + network
                    + ",\"code\":\"๑๐" + Math.abs(name.hashCode() % 1000) + tag.hashCode() % 10 + "\"}").statusCode());
        }
        JsonObject page = Http.json(http.get("/api/v1/schools?network=" + network, "Authorization", admin));
        assertEquals(4, page.getInt("total"));
        List<String> names = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name").replace("โรงเรียน", "").replace(" " + tag, "")).toList();
        assertTrue(names.indexOf("ไก่ขาว") < names.indexOf("ขอนแก่น"), names.toString());
        assertTrue(names.indexOf("กระบี่") < names.indexOf("ขอนแก่น"), names.toString());
        assertTrue(names.indexOf("ขอนแก่น") < names.indexOf("แม่ฮ่องสอน"), names.toString());
        assertTrue(page.getJsonArray("items").getJsonObject(0).getString("code").startsWith("10"),
                "Thai digits in a school code are stored as Arabic digits");
    }

    @Test
    void badInputIsRefusedInThaiAndChangesNothing() {
        String name = "เครือข่ายซ้ำ " + UUID.randomUUID().toString().substring(0, 6);
        createNetwork(name);
        HttpResponse<String> duplicate = post("/api/v1/networks", "{\"name\":\"" + name + "\"}");
        assertEquals(400, duplicate.statusCode(), duplicate.body());
        assertTrue(Http.json(duplicate).getString("message").contains("มีกลุ่มเครือข่ายชื่อ"), duplicate.body());

        HttpResponse<String> blank = post("/api/v1/networks", "{\"name\":\"   \"}");
        assertEquals(400, blank.statusCode());
        assertEquals("invalid", Http.json(blank).getString("error"));

        HttpResponse<String> broken = post("/api/v1/networks", "{\"name\": ");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(broken.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

        HttpResponse<String> badUser = post("/api/v1/accounts", "{\"username\":\"ครู สมชาย\",\"displayName\":\"ครูสมชาย\"}");
        assertEquals(400, badUser.statusCode());
        assertTrue(Http.json(badUser).getString("message").contains("ชื่อผู้ใช้"));

        assertEquals(404, http.get("/api/v1/schools/987654321", "Authorization", admin).statusCode());
        long before = Http.json(http.get("/api/v1/accounts?q=nobody-here", "Authorization", admin)).getInt("total");
        assertEquals(0, before);
    }

    @Test
    void anAdministratorCreatesATeacherWhoIsInvitedByEmail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long network = createNetwork("เครือข่ายเกาะ " + tag);
        HttpResponse<String> school = post("/api/v1/schools", "{\"name\":\"โรงเรียนบ้านเกาะ " + tag + "\",\"networkId\":" + network + "}");
        long schoolId = Http.json(school).getJsonNumber("id").longValue();
        String username = "kru." + tag;
        String email = username + "@school.example.org";

        HttpResponse<String> created = post("/api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"นางสาวมาลี ใจงาม\","
                + "\"email\":\"" + email + "\",\"position\":\"TEACHER\",\"schoolId\":" + schoolId
                + ",\"learningAreas\":[\"thai\",\"arts\"]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = Http.json(created);
        assertEquals("TEACHER", account.getString("position"));
        assertEquals(List.of("MEMBER"), account.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(List.of("arts", "thai"), account.getJsonArray("learningAreas").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(400, post("/api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"ซ้ำ\"}").statusCode(),
                "the same user name twice is refused");

        JsonObject bySchool = Http.json(http.get("/api/v1/accounts?school=" + schoolId + "&learningArea=thai", "Authorization", admin));
        assertEquals(1, bySchool.getInt("total"));

        MimeMessage invitation = TestMailServer.awaitMailTo(email, Duration.ofSeconds(60));
        assertEquals("เชิญเข้าใช้ระบบนิเทศ", invitation.getSubject());
        String body = invitation.getContent().toString();
        assertTrue(body.contains(username), body);
        Matcher link = Pattern.compile("https://nithet\\.example\\.org(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(body);
        assertTrue(link.find(), body);

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.resize(Browser.PHONE);
            browser.open(link.group(1));
            browser.type(By.id("reset:password"), "ครูมาลี-2569");
            browser.type(By.id("reset:confirmation"), "ครูมาลี-2569");
            browser.find(By.id("reset:save")).click();
            browser.waitForText("ตั้งรหัสผ่านใหม่เรียบร้อยแล้ว");
            browser.signIn(username, "ครูมาลี-2569");
            browser.open("/account/index.xhtml");
            browser.waitForText("นางสาวมาลี ใจงาม");
            browser.screenshot("30-invited-teacher-account-phone-th");
        }

        // disabled: can no longer sign in; enabled again: can
        assertEquals(200, post("/api/v1/accounts/" + username + "/disable", null).statusCode());
        assertEquals(401, http.get("/api/v1/me", "Authorization", Http.basic(username, "ครูมาลี-2569")).statusCode());
        assertEquals(200, post("/api/v1/accounts/" + username + "/enable", null).statusCode());
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic(username, "ครูมาลี-2569")).statusCode());
    }

    @Test
    void membersGet403AndVisitors401OnEveryAdministrationCall() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูทดสอบ สิทธิ์");
        String member = Http.basic(kru.username(), kru.password());
        List<String[]> calls = List.of(
                new String[]{"GET", "/api/v1/networks", null},
                new String[]{"POST", "/api/v1/networks", "{\"name\":\"แอบสร้าง\"}"},
                new String[]{"PUT", "/api/v1/networks/1", "{\"name\":\"แอบแก้\"}"},
                new String[]{"GET", "/api/v1/schools", null},
                new String[]{"GET", "/api/v1/schools/1", null},
                new String[]{"POST", "/api/v1/schools", "{\"name\":\"แอบ\",\"networkId\":1}"},
                new String[]{"PUT", "/api/v1/schools/1", "{\"name\":\"แอบ\",\"networkId\":1}"},
                new String[]{"PUT", "/api/v1/learning-areas/1", "{\"nameTh\":\"แอบ\"}"},
                new String[]{"POST", "/api/v1/learning-areas", "{\"code\":\"sneaky\",\"nameTh\":\"แอบ\",\"nameEn\":\"x\"}"},
                new String[]{"POST", "/api/v1/schools/import?dryRun=true", "ชื่อโรงเรียน,กลุ่มเครือข่าย\nแอบ,แอบ\n", "text/csv"},
                new String[]{"POST", "/api/v1/accounts/import?dryRun=true", "ชื่อผู้ใช้,ชื่อ-สกุล\nsneaky,แอบ\n", "text/csv"},
                new String[]{"GET", "/api/v1/schools/export?format=xlsx", null},
                new String[]{"GET", "/api/v1/accounts", null},
                new String[]{"GET", "/api/v1/accounts/admin", null},
                new String[]{"GET", "/api/v1/accounts/export?format=csv", null},
                new String[]{"POST", "/api/v1/accounts", "{\"username\":\"sneaky\",\"displayName\":\"แอบ\"}"},
                new String[]{"PUT", "/api/v1/accounts/admin", "{\"displayName\":\"แอบ\"}"},
                new String[]{"POST", "/api/v1/accounts/admin/disable", null},
                new String[]{"POST", "/api/v1/accounts/admin/enable", null},
                new String[]{"POST", "/api/v1/accounts/admin/unlock", null},
                new String[]{"POST", "/api/v1/accounts/admin/temporary-password", null});
        for (String[] call : calls) {
            String type = call.length > 3 ? call[3] : "application/json";
            HttpResponse<String> asMember = http.send(call[0], call[1], call[2], "Authorization", member, "Content-Type", type);
            assertEquals(403, asMember.statusCode(), call[0] + " " + call[1] + " as a member: " + asMember.body());
            assertEquals("forbidden", Http.json(asMember).getString("error"));
            HttpResponse<String> anonymous = http.send(call[0], call[1], call[2], "Content-Type", type);
            assertEquals(401, anonymous.statusCode(), call[0] + " " + call[1] + " anonymously");
        }
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic("admin", Portal.adminPassword())).statusCode(),
                "the administrator is untouched");
        assertEquals("ผู้ดูแลระบบ", Http.json(http.get("/api/v1/me", "Authorization", admin)).getString("displayName"));
    }

    @Test
    void aLockedAccountIsRefusedUntilAnAdministratorUnlocksIt() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูล็อก ทดสอบ");
        // as ten wrong passwords in a row leave it (the counting itself: AccountLockTest)
        try (var c = Database.connect();
             var lock = c.prepareStatement("UPDATE account SET locked_until = UTC_TIMESTAMP(6) + INTERVAL 30 MINUTE WHERE username = ?")) {
            lock.setString(1, kru.username());
            assertEquals(1, lock.executeUpdate());
        }
        String member = Http.basic(kru.username(), kru.password());
        assertEquals(401, http.get("/api/v1/me", "Authorization", member).statusCode(), "even the right password is refused");
        JsonObject listed = Http.json(http.get("/api/v1/accounts/" + kru.username(), "Authorization", admin));
        assertTrue(listed.getBoolean("locked"));

        JsonObject unlocked = Http.json(post("/api/v1/accounts/" + kru.username() + "/unlock", null));
        assertFalse(unlocked.getBoolean("locked"));
        assertEquals(200, http.get("/api/v1/me", "Authorization", member).statusCode());
    }

    @Test
    void aTemporaryPasswordMustBeReplacedAtTheNextSignIn() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูไม่มีอีเมล บนดอย");
        JsonObject temporary = Http.json(post("/api/v1/accounts/" + kru.username() + "/temporary-password", null));
        String password = temporary.getString("temporaryPassword");
        assertEquals(401, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), kru.password())).statusCode(),
                "the old password stops working");
        assertTrue(Http.json(http.get("/api/v1/accounts/" + kru.username(), "Authorization", admin)).getBoolean("mustChangePassword"));

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.resize(Browser.PHONE);
            browser.open("/login.xhtml");
            browser.find(By.id("login:username")).sendKeys(kru.username());
            browser.find(By.id("login:password")).sendKeys(password);
            browser.find(By.id("login:submit")).click();
            browser.waitForText("กรุณาตั้งรหัสผ่านของคุณเองก่อนใช้งานต่อ");
            browser.open("/account/index.xhtml");
            browser.waitForText("กรุณาตั้งรหัสผ่านของคุณเองก่อนใช้งานต่อ");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), "every page leads to the change first");
            browser.screenshot("31-must-change-password-phone-th");
            browser.type(By.id("change:current"), password);
            browser.type(By.id("change:password"), "ของฉันเอง-2569");
            browser.type(By.id("change:confirmation"), "ของฉันเอง-2569");
            browser.find(By.id("change:save")).click();
            browser.waitForText("เปลี่ยนรหัสผ่านเรียบร้อยแล้ว");
            browser.open("/account/index.xhtml");
            browser.waitForText("ครูไม่มีอีเมล บนดอย");
        }
        assertFalse(Http.json(http.get("/api/v1/accounts/" + kru.username(), "Authorization", admin)).getBoolean("mustChangePassword"));
    }

    @Test
    void anAdministratorFindsEditsAndDisablesAnAccountOnThePages() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูสมศรี รักเรียน");
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn("admin", Portal.adminPassword());
            browser.open("/admin/index.xhtml");
            browser.find(By.id("accountsLink")).click();
            browser.type(By.id("accounts:query"), kru.username());
            browser.find(By.id("accounts:filter")).click();
            browser.waitForText("ครูสมศรี รักเรียน");
            browser.waitForText("1–1 / 1");
            browser.screenshot("32-accounts-list-th");

            browser.find(By.linkText("แก้ไข")).click();
            browser.type(By.id("account:displayName"), "ครูสมศรี รักเรียนดี");
            browser.find(By.id("account:save")).click();
            browser.waitForText("บันทึกบัญชี " + kru.username() + " แล้ว");

            browser.type(By.id("accounts:query"), kru.username());
            browser.find(By.id("accounts:filter")).click();
            browser.waitForText("ครูสมศรี รักเรียนดี");
            browser.click(By.xpath("//button[.//span[text()='ระงับบัญชี']]"));
            browser.waitForText("ยืนยันระงับบัญชีของ");
            browser.screenshot("33-disable-confirm-th");
            browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForText("ระงับบัญชี " + kru.username() + " แล้ว");
        }
        assertEquals(401, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), kru.password())).statusCode());
        assertFalse(Http.json(http.get("/api/v1/accounts/" + kru.username(), "Authorization", admin)).getBoolean("enabled"));
    }

    @Test
    void anAdministratorAddsANetworkAndASchoolOnThePage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn("admin", Portal.adminPassword());
            browser.open("/admin/index.xhtml");
            browser.find(By.id("schoolsLink")).click();
            browser.type(By.id("schools:networkName"), "เครือข่ายดอยสูง " + tag);
            browser.find(By.id("schools:saveNetwork")).click();
            browser.waitForText("เพิ่มกลุ่มเครือข่าย เครือข่ายดอยสูง " + tag + " แล้ว");
            browser.find(By.id("schools:saveNetwork")).click();
            browser.waitForText("กรุณากรอกชื่อ");

            browser.type(By.id("schools:schoolCode"), "๕๐๑๒๓");
            browser.type(By.id("schools:schoolName"), "โรงเรียนบ้านดอยสูง " + tag);
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("schools:schoolNetwork")))
                    .selectByVisibleText("เครือข่ายดอยสูง " + tag);
            browser.type(By.id("schools:schoolFounded"), "๑๕ พ.ค. ๒๕๒๐");
            browser.find(By.id("schools:saveSchool")).click();
            browser.waitForText("เพิ่มโรงเรียนบ้านดอยสูง " + tag + "แล้ว");
            browser.screenshot("34-schools-th");

            // edit: the row's button fills the form; a wrong date is refused and changes nothing
            browser.type(By.id("schools:schoolQuery"), tag);
            browser.waitForText("ทั้งหมด 1 โรงเรียน");
            int row = rowOf(browser, "schools:table", "โรงเรียนบ้านดอยสูง " + tag);
            browser.click(By.cssSelector("#schools\\:table .nt-edit-school"), row);
            browser.waitForText("แก้ไขข้อมูลโรงเรียน");
            assertEquals("15/5/2520", browser.find(By.id("schools:schoolFounded")).getAttribute("value"));
            browser.type(By.id("schools:schoolFounded"), "31/2/2520");
            browser.find(By.id("schools:saveSchool")).click();
            browser.waitForText("อ่านวันที่ \"31/2/2520\" ไม่ได้");
            browser.type(By.id("schools:schoolFounded"), "1/6/2520");
            browser.type(By.id("schools:schoolName"), "โรงเรียนบ้านดอยสูงวิทยา " + tag);
            browser.find(By.id("schools:saveSchool")).click();
            browser.waitForText("บันทึกโรงเรียนบ้านดอยสูงวิทยา " + tag + "แล้ว");
            browser.waitForText("1 มิ.ย. 2520");
            browser.screenshot("35-school-edited-th");

            // rename the network from its row
            row = rowOf(browser, "schools:networks", "เครือข่ายดอยสูง " + tag);
            browser.click(By.cssSelector("#schools\\:networks .nt-edit-network"), row);
            browser.find(By.id("schools:cancelNetwork"));
            browser.type(By.id("schools:networkName"), "เครือข่ายดอยสูงใหม่ " + tag);
            browser.find(By.id("schools:saveNetwork")).click();
            browser.waitForText("บันทึกกลุ่มเครือข่าย เครือข่ายดอยสูงใหม่ " + tag + " แล้ว");
        }
        JsonObject edited = Http.json(http.get("/api/v1/schools?q=" + java.net.URLEncoder.encode("ดอยสูงวิทยา " + tag,
                        java.nio.charset.StandardCharsets.UTF_8), "Authorization", admin))
                .getJsonArray("items").getJsonObject(0);
        assertEquals("1977-06-01", edited.getString("foundedOn"));
        assertEquals("เครือข่ายดอยสูงใหม่ " + tag, edited.getString("networkName"));
        JsonObject schools = Http.json(http.get("/api/v1/schools?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8), "Authorization", admin));
        assertEquals(1, schools.getInt("total"));
        assertEquals("50123", schools.getJsonArray("items").getJsonObject(0).getString("code"), "Thai digits typed in a form are stored as Arabic");
    }

    @Test
    void schoolsComeInFromASpreadsheetWithThaiDatesAndGoBackOut() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String network = "เครือข่ายนำเข้า " + tag;
        int code = 20000 + Math.abs(tag.hashCode() % 70000);
        String rows = "\uFEFFรหัสโรงเรียน,ชื่อโรงเรียน,กลุ่มเครือข่าย,อำเภอ,วันก่อตั้ง\n"
                + thaiDigits(code) + ",โรงเรียนบ้านหนึ่ง " + tag + "," + network + ",เมือง,๑ มิ.ย. ๒๕๒๐\n"
                + (code + 1) + ",โรงเรียนบ้านสอง " + tag + "," + network + ",แม่ริม,1977-06-02\n"
                + (code + 2) + ",โรงเรียนบ้านสาม " + tag + "," + network + ",,3/6/2520\n";
        String problems = rows
                + (code + 3) + ",โรงเรียนบ้านหนึ่ง " + tag + "," + network + ",,\n"    // name repeats line 2
                + (code + 4) + ",โรงเรียนบ้านห้า " + tag + ",,,\n"                  // no network
                + (code + 5) + ",โรงเรียนบ้านหก " + tag + "," + network + ",,31/2/2560\n"; // no such day
        long schoolsBefore = Http.json(http.get("/api/v1/schools?limit=1", "Authorization", admin)).getInt("total");

        JsonObject dry = Http.json(importSchools(problems, true));
        assertEquals(6, dry.getInt("rows"));
        assertEquals(3, dry.getInt("problemRows"));
        assertEquals(List.of(5, 6, 7), dry.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getInt("line")).toList());
        HttpResponse<String> refused = importSchools(problems, false);
        assertEquals(400, refused.statusCode());
        assertEquals(schoolsBefore, Http.json(http.get("/api/v1/schools?limit=1", "Authorization", admin)).getInt("total"),
                "a file with problems writes nothing");
        assertTrue(Http.jsonArray(http.get("/api/v1/networks", "Authorization", admin)).getValuesAs(JsonObject.class).stream()
                .noneMatch(n -> n.getString("name").equals(network)), "not even the new network");

        JsonObject done = Http.json(importSchools(rows, false));
        assertEquals(3, done.getInt("imported"));
        JsonObject page = Http.json(http.get("/api/v1/schools?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8),
                "Authorization", admin));
        assertEquals(3, page.getInt("total"));
        for (JsonObject school : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals(network, school.getString("networkName"));
            assertTrue(school.getString("foundedOn").startsWith("1977-06-0"), school.toString());
        }
        assertEquals(String.valueOf(code), page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").startsWith("โรงเรียนบ้านหนึ่ง")).findFirst().orElseThrow().getString("code"));

        // out again, with the import's columns and Buddhist-era dates; importing it again finds every row a duplicate
        HttpResponse<byte[]> csv = http.getBytes("/api/v1/schools/export?format=csv", "Authorization", admin);
        assertEquals(200, csv.statusCode());
        String exported = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("\uFEFFรหัสโรงเรียน,ชื่อโรงเรียน,กลุ่มเครือข่าย"), exported.substring(0, 60));
        assertTrue(exported.contains(code + ",โรงเรียนบ้านหนึ่ง " + tag + "," + network + ",เมือง,1/6/2520"), exported);
        HttpResponse<byte[]> xlsx = http.getBytes("/api/v1/schools/export?format=xlsx", "Authorization", admin);
        var lines = th.nithet.platform.spreadsheet.TableFile.read(xlsx.body());
        assertTrue(lines.stream().anyMatch(l -> l.get("ชื่อโรงเรียน").equals("โรงเรียนบ้านสอง " + tag)
                && l.get("วันก่อตั้ง").equals("2/6/2520")));
        JsonObject again = Http.json(importSchools(exported, true));
        assertEquals(again.getInt("rows"), again.getInt("problemRows"));
        assertEquals(400, http.send("GET", "/api/v1/schools/export?format=pdf", null, "Authorization", admin).statusCode());
    }

    @Test
    void anAdministratorAddsAndRetiresALearningArea() {
        String code = "stem-" + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> created = post("/api/v1/learning-areas",
                "{\"code\":\"" + code + "\",\"nameTh\":\"สะเต็มศึกษา\",\"nameEn\":\"STEM Education\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertEquals(400, post("/api/v1/learning-areas", "{\"code\":\"" + code + "\",\"nameTh\":\"ซ้ำ\",\"nameEn\":\"x\"}").statusCode());
        assertEquals(400, post("/api/v1/learning-areas", "{\"code\":\"มีไทย\",\"nameTh\":\"ก\",\"nameEn\":\"x\"}").statusCode());
        JsonObject retired = Http.json(http.send("PUT", "/api/v1/learning-areas/" + id, "{\"active\":false}", "Authorization", admin));
        assertFalse(retired.getBoolean("active"));
        assertEquals("สะเต็มศึกษา", retired.getString("nameTh"));
    }

    @Test
    void anAdministratorImportsSchoolsOnThePage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "it", "uploads"));
        java.nio.file.Path file = dir.resolve("schools-" + tag + ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("โรงเรียน");
            String[][] cells = {{"ชื่อโรงเรียน", "กลุ่มเครือข่าย", "วันก่อตั้ง"},
                    {"โรงเรียนบ้านป่าไผ่ " + tag, "เครือข่ายป่าไผ่ " + tag, "10 ต.ค. 2530"},
                    {"โรงเรียนบ้านโป่ง " + tag, "เครือข่ายป่าไผ่ " + tag, ""}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }
        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn("admin", Portal.adminPassword());
            browser.open("/admin/schools.xhtml");
            browser.find(By.id("importLink")).click();
            browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            browser.find(By.id("upload:check")).click();
            browser.waitForText("ทั้งหมด 2 แถว มีปัญหา 0 แถว");
            browser.waitForText("10 ต.ค. 2530");
            browser.waitForText("กลุ่มใหม่");
            browser.screenshot("36-school-import-preview-th");
            assertEquals(0, Http.json(http.get("/api/v1/schools?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8),
                    "Authorization", admin)).getInt("total"), "nothing is written before the administrator confirms");
            browser.find(By.id("confirm:confirmImport")).click();
            browser.waitForText("นำเข้าเรียบร้อย 2 โรงเรียน");

            browser.open("/admin/learning-areas.xhtml");
            browser.type(By.id("areas:code"), "guidance-" + tag);
            browser.type(By.id("areas:nameTh"), "แนะแนว " + tag);
            browser.type(By.id("areas:nameEn"), "Guidance " + tag);
            browser.find(By.id("areas:save")).click();
            browser.waitForText("เพิ่มกลุ่มสาระ แนะแนว " + tag + " แล้ว");
            int row = rowOf(browser, "areas:table", "แนะแนว " + tag);
            browser.click(By.cssSelector("#areas\\:table .nt-edit-area"), row);
            browser.find(By.id("areas:cancel"));
            browser.find(By.cssSelector("#areas\\:active .ui-chkbox-box")).click();
            browser.find(By.id("areas:save")).click();
            browser.waitForText("(เลิกใช้)");
            browser.screenshot("37-learning-areas-th");
        }
        assertTrue(Http.jsonArray(http.get("/api/v1/learning-areas")).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("code").equals("guidance-" + tag) && !a.getBoolean("active")));
        assertEquals(2, Http.json(http.get("/api/v1/schools?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8),
                "Authorization", admin)).getInt("total"));
    }

    /** The index of the table row that shows {@code text}. */
    private static int rowOf(Browser browser, String tableId, String text) {
        var rows = browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row shows " + text);
    }

    private static String thaiDigits(int number) {
        StringBuilder thai = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            thai.append((char) ('๐' + (c - '0')));
        }
        return thai.toString();
    }

    private HttpResponse<String> importSchools(String csv, boolean dryRun) {
        return http.send("POST", "/api/v1/schools/import?dryRun=" + dryRun, csv, "Authorization", admin, "Content-Type", "text/csv");
    }

    private long createNetwork(String name) {
        HttpResponse<String> created = post("/api/v1/networks", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> post(String path, String json) {
        return http.send("POST", path, json, "Authorization", admin);
    }
}
