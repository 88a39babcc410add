package th.nithet.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver. Screenshots go to
 * {@code target/screenshots}: look at them.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final String base;
    private final Path downloads;

    public Browser(String base) throws IOException {
        File chromium = new File(System.getProperty("nithet.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("nithet.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver fonts-thai-tlwg (.ci/run does this)");
        }
        Path profile = Files.createTempDirectory("nithet-chromium");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=th-TH",
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(DESKTOP);
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Where this browser saves what it downloads. */
    public Path downloads() {
        return downloads;
    }

    /** Waits for a finished download with this name and answers it. */
    public Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(By by) {
        try {
            return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw timedOut("never showed " + by, e);
        }
    }

    /** An element that is in the page, shown or not (a file input PrimeFaces hides behind its button). */
    public WebElement findPresent(By by) {
        try {
            return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw timedOut("never had " + by, e);
        }
    }

    /** Clicks, finding the element again when an Ajax update replaced it between finding and clicking. */
    public void click(By by) {
        waiting().until(d -> {
            find(by).click();
            return true;
        });
    }

    /** Clicks the {@code index}-th element matching {@code by}, as {@link #click(By)} does. */
    public void click(By by, int index) {
        waiting().until(d -> {
            d.findElements(by).get(index).click();
            return true;
        });
    }

    /** Waits that survive the page being replaced under them (a form post, a redirect). */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Waits until the page shows this text (after a form post or a redirect). */
    public void waitForText(String text) {
        try {
            waiting().until(d -> bodyText(d).contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw timedOut("never showed '" + text + "'", e);
        }
    }

    /**
     * The page's text, or "" while the page is being replaced: Chromium then answers the body's
     * text with "Node with given id does not belong to the document" (a plain WebDriverException,
     * not a stale element), which flaked a CI run right after a form post.
     */
    private static String bodyText(WebDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e instanceof StaleElementReferenceException
                    || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return "";
            }
            throw e;
        }
    }

    /** Says what the page showed instead (and where it was), and keeps a picture of it. */
    private AssertionError timedOut(String what, RuntimeException e) {
        String shown = bodyText(driver);
        try {
            screenshot("timeout-" + System.currentTimeMillis());
        } catch (IOException ignored) {
            // the message below is what matters
        }
        return new AssertionError("the page " + driver.getCurrentUrl() + " " + what + "; it shows: "
                + shown.substring(0, Math.min(shown.length(), 1500)), e);
    }

    /** Signs in through the Thai form, from wherever the browser is. */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        find(By.id("login:username")).sendKeys(username);
        find(By.id("login:password")).sendKeys(password);
        find(By.id("login:submit")).click();
        waitForText(username.equals("admin") ? "ผู้ดูแลระบบ" : "ออกจากระบบ");
    }

    /** Types into a field after clearing it. */
    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        java.io.File shot;
        try {
            shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        } catch (org.openqa.selenium.TimeoutException busy) {
            // a picture for people, not an assertion: on a busy 2-core machine the renderer once took over
            // 10 s to answer (QuestionsIT, 2026-12-04); ask once more before failing the test
            shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        }
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
