package th.nithet.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application shell as a person uses it, in headless chromium. */
class ShellBrowserIT extends PortalTest {

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
        assertEquals(Portal.latestSchemaVersion(), browser.text(By.id("statusSchema")));
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
        String username = TestAccounts.member("ครูสมใจ ใจดี").username();

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

        for (String adminPage : new String[]{"/admin/accounts.xhtml", "/admin/account.xhtml", "/admin/import-accounts.xhtml",
                "/admin/export/accounts.csv", "/admin/account-import-template.csv", "/admin/schools.xhtml",
                "/admin/import-schools.xhtml", "/admin/learning-areas.xhtml", "/admin/export/schools.xlsx",
                "/admin/school-import-template.csv"}) {
            browser.open(adminPage);
            browser.waitForText("ไม่มีสิทธิ์เข้าถึง");
        }

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
}
