package th.nithet.it;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People helping themselves with passwords: real browser, real MariaDB, real SMTP (GreenMail). */
class PeopleIT extends PortalTest {

    private static final Pattern LINK = Pattern.compile("(https://nithet\\.example\\.org(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+))");

    private Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = new Browser(Portal.local(base));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูมาลี ศรีสุข");

        browser.resize(Browser.PHONE);
        browser.open("/login.xhtml");
        browser.find(By.id("forgotLink")).click();
        browser.type(By.id("forgot:email"), kru.email().toUpperCase());
        browser.find(By.id("forgot:send")).click();
        browser.waitForText("หากอีเมลนี้ตรงกับบัญชีในระบบ");
        browser.screenshot("20-forgot-sent-phone-th");

        MimeMessage mail = TestMailServer.awaitMailTo(kru.email(), Duration.ofSeconds(60));
        assertEquals("ตั้งรหัสผ่านใหม่สำหรับระบบนิเทศ", mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("เรียน ครูมาลี ศรีสุข"), body);
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), "the link uses NITHET_PUBLIC_URL, never the request's Host header: " + body);
        String token = URI.create(link.group(1)).getQuery().substring("token=".length());
        try (Connection c = Database.connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?")) {
            q.setString(1, token);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the token itself is not stored");
            }
        }

        browser.open(link.group(2));
        browser.type(By.id("reset:password"), "short");
        browser.type(By.id("reset:confirmation"), "short");
        browser.find(By.id("reset:save")).click();
        browser.waitForText("รหัสผ่านสั้นเกินไป");
        browser.type(By.id("reset:password"), "ใหม่-Password-2569");
        browser.type(By.id("reset:confirmation"), "ใหม่-Password-2570");
        browser.find(By.id("reset:save")).click();
        browser.waitForText("ไม่ตรงกัน");
        browser.screenshot("21-reset-mismatch-phone-th");
        browser.type(By.id("reset:password"), "ใหม่-Password-2569");
        browser.type(By.id("reset:confirmation"), "ใหม่-Password-2569");
        browser.find(By.id("reset:save")).click();
        browser.waitForText("ตั้งรหัสผ่านใหม่เรียบร้อยแล้ว");
        browser.screenshot("22-reset-done-phone-th");

        assertEquals(401, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), kru.password())).statusCode());
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), "ใหม่-Password-2569")).statusCode());
        browser.signIn(kru.username(), "ใหม่-Password-2569");

        // the link works once only
        browser.open(link.group(2));
        browser.type(By.id("reset:password"), "another-Password-1");
        browser.type(By.id("reset:confirmation"), "another-Password-1");
        browser.find(By.id("reset:save")).click();
        browser.waitForText("ลิงก์นี้ใช้ไม่ได้แล้ว");
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), "ใหม่-Password-2569")).statusCode());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String nobody = "nobody-" + System.nanoTime() + "@school.example.org";
        browser.open("/password/forgot.xhtml");
        browser.type(By.id("forgot:email"), nobody);
        browser.find(By.id("forgot:send")).click();
        browser.waitForText("หากอีเมลนี้ตรงกับบัญชีในระบบ");
        try (Connection c = Database.connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")) {
            q.setString(1, nobody);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "nothing is queued for an address without an account");
            }
        }

        browser.type(By.id("forgot:email"), "somchai@school");
        browser.find(By.id("forgot:send")).click();
        browser.waitForText("รูปแบบอีเมลไม่ถูกต้อง");
    }

    @Test
    void everyoneHasAPersonalPageAndEditsOnlyTheirOwn() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูวันเพ็ญ แสงทอง");
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "it", "uploads"));
        java.nio.file.Path photo = dir.resolve("photo-with-exif-" + kru.username() + ".jpg");
        java.nio.file.Files.write(photo, jpegWithExif("GPS-SECRET-13.7563N-100.5018E"));
        java.nio.file.Path notAPhoto = dir.resolve("not-a-photo-" + kru.username() + ".jpg");
        java.nio.file.Files.writeString(notAPhoto, "this is text pretending to be a picture");

        // visitors see the page; unknown people are a Thai 404
        assertEquals(200, http.get("/people/" + kru.username()).statusCode());
        HttpResponseCheck.assertThai404(http.get("/people/no-such-person"));

        browser.signIn(kru.username(), kru.password());
        browser.open("/account/index.xhtml");
        browser.find(By.id("editProfileLink")).click();
        browser.find(By.cssSelector("input[type=file]")).sendKeys(notAPhoto.toAbsolutePath().toString());
        browser.type(By.id("profile:bio"), "ครูภาษาไทย ชอบสอนอ่านทำนองเสนาะ");
        browser.find(By.id("profile:save")).click();
        browser.waitForText("ไม่ใช่รูปภาพ");
        browser.screenshot("24-profile-not-a-photo-th");

        browser.find(By.cssSelector("input[type=file]")).sendKeys(photo.toAbsolutePath().toString());
        browser.find(By.id("profile:save")).click();
        browser.waitForText("บันทึกหน้าส่วนตัวเรียบร้อยแล้ว");
        assertEquals("ครูวันเพ็ญ แสงทอง", browser.text(By.id("personName")));
        assertTrue(browser.text(By.id("personBio")).contains("ทำนองเสนาะ"));
        browser.resize(Browser.PHONE);
        browser.screenshot("25-personal-page-phone-th");

        String src = browser.find(By.id("photo")).getAttribute("src");
        java.net.http.HttpResponse<byte[]> served = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(src)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/jpeg"));
        String bytes = new String(served.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("GPS-SECRET"), "the photo is re-encoded: nothing of the original's EXIF remains");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served.body()));
        assertEquals(320, image.getWidth());
        assertEquals(320, image.getHeight());

        // someone else's page has no edit link
        browser.open("/people/admin");
        browser.waitForText("ผู้ดูแลระบบ");
        assertTrue(browser.driver().findElements(By.id("editProfile")).isEmpty());
    }

    /** A real JPEG with an APP1 Exif segment carrying a marker text, as phones write GPS positions. */
    private static byte[] jpegWithExif(String marker) throws Exception {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(11, 93, 140));
        g.fillRect(0, 0, 800, 600);
        g.setColor(java.awt.Color.ORANGE);
        g.fillOval(250, 150, 300, 300);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] payload = ("Exif\0\0" + marker).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    @Test
    void aSignedInMemberChangesTheirPassword() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูสมศักดิ์ มั่นคง");
        browser.signIn(kru.username(), kru.password());
        try (Browser otherDevice = new Browser(Portal.local(base))) {
            otherDevice.signIn(kru.username(), kru.password());
            otherDevice.open("/account/index.xhtml");
            otherDevice.find(By.id("changePasswordLink"));
            changePassword(kru);
            otherDevice.open("/account/index.xhtml");
            otherDevice.find(By.id("login:username"));
            assertTrue(otherDevice.driver().findElements(By.id("changePasswordLink")).isEmpty(),
                    "the session signed in with the old password has ended");
        }
        browser.open("/account/index.xhtml");
        browser.find(By.id("changePasswordLink"));
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูสุดา ระงับใช้");
        browser.signIn(kru.username(), kru.password());
        browser.open("/account/index.xhtml");
        browser.find(By.id("changePasswordLink"));
        assertEquals(200, http.send("POST", "/api/v1/accounts/" + kru.username() + "/disable", null,
                "Authorization", admin).statusCode());
        browser.open("/account/index.xhtml");
        browser.find(By.id("login:username"));
        assertTrue(browser.driver().findElements(By.id("changePasswordLink")).isEmpty());
    }

    @Test
    void theAuditTrailRecordsWhoChangedWhoseRolesAndOnlyAdministratorsReadIt() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูตรวจสอบ บันทึกไว้");
        // a wrong password: recorded against the account it tried, with the address it came from
        assertEquals(401, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), "not-the-password")).statusCode());
        String failed = http.get("/api/v1/audit?action=SIGN_IN_FAILED&subject=" + kru.username(), "Authorization", admin).body();
        assertTrue(failed.contains("\"actor\":\"" + kru.username() + "\""), failed);
        assertTrue(failed.contains("\"address\":\""), "with the address: " + failed);

        // an administrator makes the teacher a supervisor: who, what, on whom, before and after
        assertEquals(200, http.send("PUT", "/api/v1/accounts/" + kru.username(), "{\"displayName\":\"ครูตรวจสอบ บันทึกไว้\","
                + "\"roles\":[\"MEMBER\",\"SUPERVISOR\"]}", "Authorization", admin).statusCode());
        String roles = http.get("/api/v1/audit?action=ROLES_CHANGED&subject=" + kru.username(), "Authorization", admin).body();
        assertTrue(roles.contains("\"actor\":\"admin\"") && roles.contains("[MEMBER] -> [MEMBER, SUPERVISOR]")
                && roles.contains("\"total\":1"), roles);

        // nobody else reads it, and nobody changes it
        String teacher = TestAccounts.memberCredentials("ครูอยากรู้ บันทึก");
        assertEquals(403, http.get("/api/v1/audit", "Authorization", teacher).statusCode(), "a teacher cannot read the trail");
        assertEquals(403, http.get("/api/v1/audit", "Authorization", Http.basic(kru.username(), kru.password())).statusCode(),
                "nor can a supervisor");
        assertEquals(405, http.send("DELETE", "/api/v1/audit", null, "Authorization", admin).statusCode(), "no way to delete");
        HttpResponse<String> badDay = http.get("/api/v1/audit?from=5-12-2569", "Authorization", admin);
        assertEquals(400, badDay.statusCode());
        assertTrue(badDay.body().contains("5-12-2569"), badDay.body());

        // the administrators' page finds it, and its CSV export is recorded in turn
        browser.signIn("admin", Portal.adminPassword());
        browser.open("/admin/audit.xhtml?subject=" + kru.username());
        browser.waitForText("เปลี่ยนบทบาท");
        assertTrue(browser.text(By.id("auditTable")).contains("[MEMBER] -> [MEMBER, SUPERVISOR]"));
        browser.screenshot("95-audit-trail-th");
        browser.click(By.id("auditCsv"));
        String csv = Files.readString(browser.awaitDownload("nithet-audit-trail-" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")) + ".csv"));
        assertTrue(csv.contains("ROLES_CHANGED") && csv.contains(kru.username()), csv);
        assertTrue(http.get("/api/v1/audit?action=AUDIT_EXPORTED", "Authorization", admin).body().contains("subject=" + kru.username()));
        browser.open("/");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(kru.username(), kru.password());
        browser.open("/admin/audit.xhtml");
        browser.waitForText("403");
    }

    @Test
    void aRememberedBasicSignInEndsWithTheAccountsChanges() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูสคริปต์ เรียกซ้ำ");
        String basic = Http.basic(kru.username(), kru.password());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.get("/api/v1/me", "Authorization", basic).statusCode(), "a script calls again and again");
        }
        assertEquals(403, http.get("/api/v1/accounts", "Authorization", basic).statusCode(), "a member is no administrator");

        // made an administrator: the next call carries the new role, not the one remembered with the password
        assertEquals(200, http.send("PUT", "/api/v1/accounts/" + kru.username(), "{\"displayName\":\"ครูสคริปต์ เรียกซ้ำ\","
                + "\"roles\":[\"ADMIN\"]}", "Authorization", admin).statusCode());
        assertEquals(200, http.get("/api/v1/accounts", "Authorization", basic).statusCode());

        // a temporary password given by an administrator: the old one, remembered a moment ago, is refused at once
        assertEquals(200, http.get("/api/v1/me", "Authorization", basic).statusCode());
        assertEquals(200, http.send("POST", "/api/v1/accounts/" + kru.username() + "/temporary-password", null,
                "Authorization", admin).statusCode());
        assertEquals(401, http.get("/api/v1/me", "Authorization", basic).statusCode());
    }

    @Test
    void aPersonMakesUsesAndRevokesAccessTokens() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูโทเค็น ใช้สคริปต์");
        browser.signIn(kru.username(), kru.password());
        browser.open("/account/index.xhtml");
        browser.find(By.id("tokensLink")).click();
        browser.waitForText("ยังไม่มีโทเค็น");
        browser.find(By.id("tokens:create")).click();
        browser.waitForText("กรุณาตั้งชื่อโทเค็น");
        browser.type(By.id("tokens:name"), "แดชบอร์ดกลุ่มนิเทศ");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("tokens:days"))).selectByValue("30");
        assertTrue(browser.findPresent(By.id("tokens:readOnly_input")).isSelected(), "a new token is read-only unless asked otherwise");
        browser.find(By.id("tokens:create")).click();
        browser.waitForText("ระบบจะไม่แสดงโทเค็นนี้อีก");
        String readOnly = browser.find(By.id("newToken")).getAttribute("value");
        assertTrue(readOnly.startsWith("nithet_") && readOnly.length() > 40, readOnly);
        browser.resize(Browser.PHONE);
        browser.screenshot("26-token-made-phone-th");
        assertEquals(hex(readOnly), storedHash("แดชบอร์ดกลุ่มนิเทศ"), "only the token's SHA-256 is kept");
        assertEquals(0, count("SELECT COUNT(*) FROM access_token WHERE token_hash = ? OR name = ?", readOnly),
                "the token itself is nowhere in the table");
        browser.open("/account/tokens.xhtml");
        assertTrue(browser.driver().findElements(By.id("newToken")).isEmpty(), "the token is shown once only");

        String bearer = "Bearer " + readOnly;
        assertEquals(kru.username(), Http.json(http.get("/api/v1/me", "Authorization", bearer)).getString("username"));
        assertEquals(200, http.get("/api/v1/questions", "Authorization", bearer).statusCode());
        var refused = http.send("POST", "/api/v1/questions", "{\"title\":\"ถามผ่านโทเค็นอ่านอย่างเดียว\",\"body\":\"ไม่ควรได้\"}",
                "Authorization", bearer);
        assertEquals(403, refused.statusCode());
        assertEquals("read_only_token", Http.json(refused).getString("error"));
        assertEquals(0, count("SELECT COUNT(*) FROM content_item WHERE title = ? OR title = ?", "ถามผ่านโทเค็นอ่านอย่างเดียว"));

        // a token for writing, made through the API with the password; a token cannot make another
        String basic = Http.basic(kru.username(), kru.password());
        assertEquals(400, http.send("POST", "/api/v1/me/tokens", "{\"name\":\" \"}", "Authorization", basic).statusCode());
        var tooLong = http.send("POST", "/api/v1/me/tokens", "{\"name\":\"นำเข้า\",\"expiresInDays\":1000}", "Authorization", basic);
        assertEquals(400, tooLong.statusCode());
        assertTrue(Http.json(tooLong).getString("message").contains("365"), tooLong.body());
        var made = http.send("POST", "/api/v1/me/tokens", "{\"name\":\"สคริปต์นำเข้า\",\"readOnly\":false,\"expiresInDays\":7}",
                "Authorization", basic);
        assertEquals(201, made.statusCode(), made.body());
        String writer = "Bearer " + Http.json(made).getString("token");
        long writerId = Http.json(made).getJsonNumber("id").longValue();
        // a token's /me is answered from the token check's own read of the account: the same as Basic's, roles and all
        jakarta.json.JsonObject byPassword = Http.json(http.get("/api/v1/me", "Authorization", basic));
        assertEquals(byPassword, Http.json(http.get("/api/v1/me", "Authorization", writer)));
        assertFalse(byPassword.getJsonArray("roles").isEmpty(), byPassword.toString());
        assertEquals(403, http.send("POST", "/api/v1/me/tokens", "{\"name\":\"ลูกโซ่\"}", "Authorization", writer).statusCode());
        assertEquals(201, http.send("POST", "/api/v1/questions", "{\"title\":\"ถามผ่านโทเค็นเขียนได้\",\"body\":\"ได้\"}",
                "Authorization", writer).statusCode());

        var listed = Http.jsonArray(http.get("/api/v1/me/tokens", "Authorization", writer));
        assertEquals(2, listed.size());
        assertTrue(listed.toString().contains("แดชบอร์ดกลุ่มนิเทศ") && !listed.toString().contains(readOnly),
                "listed without the token itself: " + listed);
        assertFalse(listed.getJsonObject(0).isNull("lastUsedAt"), "the last use is shown: " + listed);

        // the token carries the account's roles as they are now
        assertEquals(403, http.get("/api/v1/accounts", "Authorization", bearer).statusCode());
        assertEquals(200, http.send("PUT", "/api/v1/accounts/" + kru.username(), "{\"displayName\":\"ครูโทเค็น ใช้สคริปต์\","
                + "\"roles\":[\"MEMBER\",\"ADMIN\"]}", "Authorization", admin).statusCode());
        assertEquals(200, http.get("/api/v1/accounts", "Authorization", bearer).statusCode());

        // someone else's token is unknown; a revoked one stops at once
        TestAccounts.Created other = TestAccounts.member("ครูอื่น ไม่เกี่ยว");
        assertEquals(404, http.send("DELETE", "/api/v1/me/tokens/" + writerId, null, "Authorization",
                Http.basic(other.username(), other.password())).statusCode());
        assertEquals(204, http.send("DELETE", "/api/v1/me/tokens/" + writerId, null, "Authorization", basic).statusCode());
        var revoked = http.get("/api/v1/me", "Authorization", writer);
        assertEquals(401, revoked.statusCode());
        assertEquals("invalid_token", Http.json(revoked).getString("error"));
        assertTrue(revoked.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")));
        assertEquals(404, http.send("DELETE", "/api/v1/me/tokens/" + writerId, null, "Authorization", basic).statusCode());

        // revoking on the page asks first (the role change ended the browser's session: sign in again)
        browser.resize(Browser.DESKTOP);
        browser.signIn(kru.username(), kru.password());
        browser.open("/account/tokens.xhtml");
        browser.waitForText("แดชบอร์ดกลุ่มนิเทศ");
        browser.find(By.cssSelector("[id$=':revoke']")).click();
        browser.waitForText("โปรแกรมที่ใช้โทเค็นนี้จะเรียก API ไม่ได้อีกทันที");
        Thread.sleep(500); // the dialog fades in
        browser.screenshot("27-token-revoke-confirm-th");
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("เพิกถอนโทเค็นแล้ว");
        assertEquals(401, http.get("/api/v1/me", "Authorization", bearer).statusCode());

        // an expired token and a made-up one are refused
        var third = Http.json(http.send("POST", "/api/v1/me/tokens", "{\"name\":\"หมดอายุ\"}", "Authorization", basic));
        String expiring = "Bearer " + third.getString("token");
        assertEquals(200, http.get("/api/v1/me", "Authorization", expiring).statusCode());
        try (Connection c = Database.connect();
             PreparedStatement q = c.prepareStatement("UPDATE access_token SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?")) {
            q.setLong(1, third.getJsonNumber("id").longValue());
            assertEquals(1, q.executeUpdate());
        }
        assertEquals(401, http.get("/api/v1/me", "Authorization", expiring).statusCode());
        assertEquals(401, http.get("/api/v1/me", "Authorization", "Bearer nithet_" + "A".repeat(43)).statusCode());
        assertEquals(401, http.get("/api/v1/me", "Authorization", "Bearer ").statusCode());
    }

    private static String hex(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String storedHash(String name) throws Exception {
        try (Connection c = Database.connect();
             PreparedStatement q = c.prepareStatement("SELECT token_hash FROM access_token WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "a row for the token " + name);
                return rs.getString(1);
            }
        }
    }

    private static int count(String sql, String value) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 1; i <= sql.chars().filter(ch -> ch == '?').count(); i++) {
                q.setString(i, value);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void changePassword(TestAccounts.Created kru) throws Exception {
        // a script's Basic sign-in, remembered from here on, ends with the password change like the sessions do
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), kru.password())).statusCode());
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), kru.password())).statusCode());
        browser.open("/account/index.xhtml");
        browser.find(By.id("changePasswordLink")).click();
        browser.type(By.id("change:current"), "wrong-current-1");
        browser.type(By.id("change:password"), "Changed-Pass-2569");
        browser.type(By.id("change:confirmation"), "Changed-Pass-2569");
        browser.find(By.id("change:save")).click();
        browser.waitForText("รหัสผ่านปัจจุบันไม่ถูกต้อง");
        browser.type(By.id("change:current"), kru.password());
        browser.type(By.id("change:password"), "Changed-Pass-2569");
        browser.type(By.id("change:confirmation"), "Changed-Pass-2569");
        browser.find(By.id("change:save")).click();
        browser.waitForText("เปลี่ยนรหัสผ่านเรียบร้อยแล้ว");
        browser.screenshot("23-password-changed-th");
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), "Changed-Pass-2569")).statusCode());
        assertEquals(401, http.get("/api/v1/me", "Authorization", Http.basic(kru.username(), kru.password())).statusCode());
    }
}
