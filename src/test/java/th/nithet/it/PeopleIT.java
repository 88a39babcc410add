package th.nithet.it;

import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People helping themselves with passwords: real browser, real MariaDB, real SMTP (GreenMail). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleIT {

    private static final Pattern LINK = Pattern.compile("(https://nithet\\.example\\.org(/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]+))");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private Http http;

    @BeforeEach
    void open() throws Exception {
        browser = new Browser(Portal.local(base));
        http = new Http(base);
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
    void aSignedInMemberChangesTheirPassword() throws Exception {
        TestAccounts.Created kru = TestAccounts.member("ครูสมศักดิ์ มั่นคง");
        browser.signIn(kru.username(), kru.password());
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
