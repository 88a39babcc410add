package th.nithet.it;

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
import th.nithet.platform.security.PasswordHasher;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application shell as a person uses it, in headless chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Portal.war();
    }

    @ArquillianResource
    URL base;

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
    void signInSwitchToEnglishAndSignOut() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        browser.open("/");
        assertEquals("th", browser.htmlLang());
        assertTrue(browser.text(By.id("today")).endsWith(" " + (today.getYear() + 543)), browser.text(By.id("today")));
        browser.screenshot("01-home-th");

        browser.find(By.id("signIn")).click();
        browser.find(By.id("login:username")).sendKeys("admin");
        browser.find(By.id("login:password")).sendKeys("wrong-password");
        browser.find(By.id("login:submit")).click();
        browser.waitForText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        browser.screenshot("02-login-wrong-password-th");

        browser.find(By.id("login:password")).sendKeys(Portal.adminPassword());
        browser.find(By.id("login:submit")).click();
        browser.waitForText("สวัสดี ผู้ดูแลระบบ");
        assertEquals("ผู้ดูแลระบบ", browser.text(By.id("signedInAs")));
        assertTrue(browser.find(By.id("navAdmin")).isDisplayed(), "administrators see the administration menu");
        browser.screenshot("03-signed-in-admin-th");

        browser.find(By.id("languageSwitch")).click();
        browser.waitForText("Hello, ผู้ดูแลระบบ");
        assertEquals("en", browser.htmlLang());
        assertTrue(browser.text(By.id("today")).endsWith(" " + today.getYear()), browser.text(By.id("today")));
        browser.screenshot("04-signed-in-admin-en");

        browser.find(By.id("navAdmin")).click();
        browser.waitForText("System status");
        assertEquals("1", browser.text(By.id("statusSchema")));
        browser.screenshot("05-admin-status-en");

        browser.find(By.id("signOut")).click();
        browser.waitForText("You have signed out.");
        assertEquals("en", browser.htmlLang(), "the language choice is remembered after signing out");
        assertFalse(browser.driver().getPageSource().contains("id=\"signOut\""));

        browser.find(By.id("languageSwitch")).click();
        browser.waitForText("เข้าสู่ระบบ");
        assertEquals("th", browser.htmlLang());
    }

    @Test
    void aMemberSeesNoAdministrationAndGetsAThai403() throws Exception {
        String username = "kru" + UUID.randomUUID().toString().substring(0, 8);
        createMember(username, "ครูสมใจ ใจดี", "Member-Pass-1");

        browser.resize(Browser.PHONE);
        browser.open("/admin/index.xhtml");
        browser.find(By.id("login:username")).sendKeys(username);
        browser.find(By.id("login:password")).sendKeys("Member-Pass-1");
        browser.screenshot("06-login-phone-th");
        browser.find(By.id("login:submit")).click();

        // back where they were going, which a member may not see
        browser.waitForText("ไม่มีสิทธิ์เข้าถึง");
        browser.screenshot("07-forbidden-phone-th");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/admin/index.xhtml"));

        browser.open("/account/index.xhtml");
        browser.waitForText("บัญชีของฉัน");
        assertEquals("สมาชิก", browser.text(By.id("accountRoles")));
        assertEquals(0, browser.driver().findElements(By.id("navAdmin")).size(), "no administration menu for members");
        browser.screenshot("08-my-account-phone-th");
    }

    @Test
    void unknownPagesShowTheThai404() throws Exception {
        browser.resize(Browser.PHONE);
        browser.open("/no-such-page");
        browser.waitForText("ไม่พบหน้าที่ต้องการ");
        browser.screenshot("09-not-found-phone-th");
    }

    /** Accounts are managed in the portal from issue #3 on; until then the test writes one directly. */
    private static void createMember(String username, String displayName, String password) throws Exception {
        try (Connection c = Database.connect()) {
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO account (username, display_name, password_hash, enabled, created_at, updated_at) "
                            + "VALUES (?, ?, ?, TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, username);
                insert.setString(2, displayName);
                insert.setString(3, new PasswordHasher().hash(password));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement role = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')")) {
                role.setLong(1, id);
                role.executeUpdate();
            }
        }
    }
}
