package th.nithet.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Putting a district's teachers in at once: 1,000-row files, all or nothing, and the page an administrator uses. */
class AccountImportIT extends PortalTest {

    private static final String[] GIVEN = {"สมชาย", "สมหญิง", "มาลี", "ประเสริฐ", "วิไล", "อำนาจ", "เกศินี", "ไพโรจน์", "ณัฐพล", "ศิริพร"};
    private static final String[] FAMILY = {"ใจดี", "ศรีสุข", "แก้วมณี", "บุญมา", "เพชรรัตน์", "ทองคำ", "ไชยวงศ์", "อินทร์แก้ว"};


    @Test
    void aThousandRowsWithScatteredErrorsWriteNothingThenAllOfThemAtOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String school = "โรงเรียนบ้านนำเข้า " + tag;
        long network = Http.json(http.send("POST", "/api/v1/networks", "{\"name\":\"เครือข่ายนำเข้า " + tag + "\"}",
                "Authorization", admin)).getJsonNumber("id").longValue();
        assertEquals(201, http.send("POST", "/api/v1/schools", "{\"name\":\"" + school + "\",\"networkId\":" + network
                + ",\"code\":\"" + (1000 + Math.abs(tag.hashCode() % 8999)) + "\"}", "Authorization", admin).statusCode());

        StringBuilder valid = new StringBuilder("\uFEFFชื่อผู้ใช้,ชื่อ-สกุล,อีเมล,ตำแหน่ง,โรงเรียน,กลุ่มสาระ\n");
        for (int i = 1; i <= 1000; i++) {
            String email = i % 250 == 0 ? "t" + i + "." + tag + "@school.example.org" : "";
            valid.append("t").append(i).append('.').append(tag).append(',')
                    .append("ครู").append(GIVEN[i % GIVEN.length]).append(' ').append(FAMILY[i % FAMILY.length]).append(i).append(',')
                    .append(email).append(",ครู,").append(school).append(",\"ภาษาไทย; mathematics\"\n");
        }
        // errors on scattered rows (line = row + 1 for the header)
        String broken = valid.toString()
                .replace("t17." + tag + ",", "t16." + tag + ",")                                   // line 18: user name twice
                .replace("\nt503." + tag + ",ครู" + GIVEN[503 % GIVEN.length] + " " + FAMILY[503 % FAMILY.length] + "503,,",
                        "\nt503." + tag + ",ครู" + GIVEN[503 % GIVEN.length] + " " + FAMILY[503 % FAMILY.length] + "503,not-an-email,") // line 504
                .replace("t998." + tag + ",ครู" + GIVEN[998 % GIVEN.length] + " " + FAMILY[998 % FAMILY.length] + "998,,ครู," + school,
                        "t998." + tag + ",ครู" + GIVEN[998 % GIVEN.length] + " " + FAMILY[998 % FAMILY.length] + "998,,ครู,โรงเรียนที่ไม่มีอยู่"); // line 999
        long accountsBefore = countAccounts();

        JsonObject dry = Http.json(upload(broken, true));
        assertEquals(1000, dry.getInt("rows"));
        assertEquals(3, dry.getInt("problemRows"), dry.toString());
        List<Integer> lines = dry.getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(o -> o.getInt("line")).toList();
        assertEquals(List.of(18, 504, 999), lines);
        assertTrue(dry.toString().contains("ซ้ำกับแถว 17"), dry.toString());
        assertTrue(dry.toString().contains("ไม่พบโรงเรียน"), dry.toString());

        HttpResponse<String> refused = upload(broken, false);
        assertEquals(400, refused.statusCode());
        assertEquals(accountsBefore, countAccounts(), "a file with problems writes nothing");

        HttpResponse<String> imported = upload(valid.toString(), false);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1000, Http.json(imported).getInt("imported"));
        assertEquals(accountsBefore + 1000, countAccounts());

        JsonObject listed = Http.json(http.get("/api/v1/accounts?q=" + tag + "&learningArea=thai&limit=500", "Authorization", admin));
        assertEquals(1000, listed.getInt("total"));
        List<String> names = listed.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("displayName")).toList();
        // the first page of 500 holds ครูเกศินี…, ครูณัฐพล…, ครูประเสริฐ…, ครูไพโรจน์…, ครูมาลี…
        int kruGesini = firstStartingWith(names, "ครูเกศินี");
        int kruNattaphon = firstStartingWith(names, "ครูณัฐพล");
        int kruPairot = firstStartingWith(names, "ครูไพโรจน์");
        int kruMalee = firstStartingWith(names, "ครูมาลี");
        assertTrue(kruGesini < kruNattaphon && kruNattaphon < kruPairot && kruPairot < kruMalee, String.valueOf(List.of(
                kruGesini, kruNattaphon, kruPairot, kruMalee)) + ": Thai order ignores leading vowels (เกศินี under ก, ไพโรจน์ under พ)");

        MimeMessage invitation = TestMailServer.awaitMailTo("t250." + tag + "@school.example.org", Duration.ofSeconds(90));
        assertEquals("เชิญเข้าใช้ระบบนิเทศ", invitation.getSubject());

        // exported back with the same Thai columns, in CSV and XLSX
        HttpResponse<byte[]> csv = download("csv");
        assertEquals(200, csv.statusCode());
        assertEquals((byte) 0xEF, csv.body()[0], "a BOM, so that Excel reads the Thai");
        List<th.nithet.platform.spreadsheet.TableFile.Line> csvLines = th.nithet.platform.spreadsheet.TableFile.read(csv.body());
        assertEquals(countAccounts(), csvLines.size());
        assertTrue(csvLines.stream().anyMatch(l -> l.get("ชื่อผู้ใช้").equals("t500." + tag)
                && l.get("โรงเรียน").equals(school) && l.get("กลุ่มสาระ").equals("ภาษาไทย; คณิตศาสตร์") && l.get("ตำแหน่ง").equals("ครู")));
        HttpResponse<byte[]> xlsx = download("xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(csvLines.size(), th.nithet.platform.spreadsheet.TableFile.read(xlsx.body()).size());
    }

    private HttpResponse<byte[]> download(String format) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(Portal.local(base) + "api/v1/accounts/export?format=" + format))
                            .timeout(Duration.ofMinutes(2)).header("Authorization", admin).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void wrongFilesAreRefusedWithAReason() {
        HttpResponse<String> notUtf8 = rawUpload(new byte[]{(byte) 0xCA, (byte) 0xC7, ',', 'x', '\n', 'a', ',', 'b'});
        assertEquals(400, notUtf8.statusCode());
        assertTrue(Http.json(notUtf8).getString("message").contains("UTF-8"), notUtf8.body());
        HttpResponse<String> noColumns = rawUpload("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noColumns.statusCode());
        assertTrue(Http.json(noColumns).getString("message").contains("ชื่อผู้ใช้"));
    }

    @Test
    void anAdministratorImportsAFileSeesThePreviewAndConfirms() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String username = "kru.import." + tag;
        String email = username + "@school.example.org";
        Path dir = Files.createDirectories(Path.of("target", "it", "uploads"));
        Path withProblem = dir.resolve("teachers-" + tag + "-problem.csv");
        Files.writeString(withProblem, "ชื่อผู้ใช้,ชื่อ-สกุล,อีเมล,ตำแหน่ง\n" + username + ",นางสาวกานดา มีสุข," + email + ",ครู\n"
                + "ผิด รูปแบบ,นายผิด รูปแบบ,,ครู\n");
        Path fixed = dir.resolve("teachers-" + tag + ".csv");
        Files.writeString(fixed, "ชื่อผู้ใช้,ชื่อ-สกุล,อีเมล,ตำแหน่ง,กลุ่มสาระ\n" + username + ",นางสาวกานดา มีสุข," + email
                + ",ครู,ศิลปะ\n");

        try (Browser browser = new Browser(Portal.local(base))) {
            browser.signIn("admin", Portal.adminPassword());
            browser.open("/admin/index.xhtml");
            browser.find(By.id("importAccountsLink")).click();
            browser.find(By.cssSelector("input[type=file]")).sendKeys(withProblem.toAbsolutePath().toString());
            browser.find(By.id("upload:check")).click();
            browser.waitForText("ทั้งหมด 2 แถว มีปัญหา 1 แถว");
            assertTrue(browser.driver().findElements(By.id("confirm:confirmImport")).isEmpty(), "no confirm button while a row has a problem");
            browser.screenshot("40-import-preview-problem-th");

            browser.find(By.cssSelector("input[type=file]")).sendKeys(fixed.toAbsolutePath().toString());
            browser.find(By.id("upload:check")).click();
            browser.waitForText("ทั้งหมด 1 แถว มีปัญหา 0 แถว");
            browser.screenshot("41-import-preview-ok-th");
            assertFalse(accountExists(username), "nothing is written before the administrator confirms");
            browser.find(By.id("confirm:confirmImport")).click();
            browser.waitForText("นำเข้าเรียบร้อย 1 บัญชี");
            browser.screenshot("42-import-done-th");
            assertTrue(accountExists(username));
        }

        MimeMessage invitation = TestMailServer.awaitMailTo(email, Duration.ofSeconds(60));
        Matcher link = Pattern.compile("https://nithet\\.example\\.org(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(invitation.getContent().toString());
        assertTrue(link.find());
        try (Browser teacher = new Browser(Portal.local(base))) {
            teacher.resize(Browser.PHONE);
            teacher.open(link.group(1));
            teacher.type(By.id("reset:password"), "กานดา-รหัส-2569");
            teacher.type(By.id("reset:confirmation"), "กานดา-รหัส-2569");
            teacher.find(By.id("reset:save")).click();
            teacher.waitForText("ตั้งรหัสผ่านใหม่เรียบร้อยแล้ว");
            teacher.signIn(username, "กานดา-รหัส-2569");
            teacher.open("/account/index.xhtml");
            teacher.find(By.id("myPageLink")).click();
            teacher.waitForText("นางสาวกานดา มีสุข");
            assertEquals("ครู", teacher.text(By.id("personPosition")));
            assertEquals("ศิลปะ", teacher.text(By.id("personAreas")));
            teacher.screenshot("43-imported-teacher-personal-page-phone-th");
        }
    }

    private HttpResponse<String> upload(String csv, boolean dryRun) {
        return send(csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private HttpResponse<String> rawUpload(byte[] content) {
        return send(content, true);
    }

    private HttpResponse<String> send(byte[] content, boolean dryRun) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(Portal.local(base) + "api/v1/accounts/import?dryRun=" + dryRun))
                            .timeout(Duration.ofMinutes(5))
                            .header("Authorization", admin).header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int firstStartingWith(List<String> names, String prefix) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no name starts with " + prefix);
    }

    private static long countAccounts() throws Exception {
        try (Connection c = Database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM account")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean accountExists(String username) throws Exception {
        try (Connection c = Database.connect();
             var q = c.prepareStatement("SELECT COUNT(*) FROM account WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
