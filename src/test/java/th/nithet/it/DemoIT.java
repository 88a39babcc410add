package th.nithet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar target/nithet.jar --demo} (#19): on an empty data directory it fills every part of the portal with the
 * demo office, seen here through the API and the sign-in page as each role would; started again it adds nothing; on a
 * database that holds an office's data it changes nothing and says why.
 *
 * <p>The same demo office (one start, to keep the suite short) gives the manual its pictures and shows the pages
 * everyone can use: every picture the manual shows is taken here, in Thai and in English, as the role the chapter is for;
 * every page visited passes axe-core's WCAG 2.1 AA rules with no serious or critical violation; the manual is served at
 * {@code /help} and as one PDF; the keyboard alone, a 360 px phone and 200 % zoom reach everything.
 *
 * <p>The pictures go to {@code target/manual-pictures}; {@code docs/manual/pictures.sh} runs this test with
 * {@code -Dnithet.manual.pictures=docs/manual/images} to replace the manual's own after a change to the pages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoIT {

    private static final String PASSWORD = "nithet-demo";
    private static final String ADMIN_PASSWORD = "try-only-demo-it";
    private static final Pattern PICTURE = Pattern.compile("\\(\\.\\./images/(th|en)/([a-z0-9-]+)\\.png\\)");
    private static final Path MANUAL = Path.of("docs", "manual");

    private static final java.net.http.HttpClient CLIENT = JarLaunches.CLIENT;
    private static final JarLaunches JAR = new JarLaunches();
    private static int port;
    private static String base;
    private static Path dataDir;
    private static Process portal;

    @BeforeAll
    static void startTheDemoOffice() throws Exception {
        Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));
        dataDir = it.resolve("demo-data");
        th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(dataDir);
        port = JarLaunches.freePort();
        base = "http://127.0.0.1:" + port;
        Path log = it.resolve("demo-first.log");
        portal = launch(dataDir, port, log, true);
        JarLaunches.waitUntilReady(portal, port, log);
        assertTrue(Files.readString(log).contains("Demo office ready"), "the log says the demo office is ready");
    }

    @AfterAll
    static void stop() {
        JAR.close();
    }

    /** A picture of the manual: its name, who takes it (null: a visitor), the page, what to do before the shot. */
    private record Shot(String name, String who, String path, Pages.Step before) {
    }

    @Test
    @Order(0)
    void anEmptyPortalBecomesADemoOfficeWithEveryPartFilled() throws Exception {
        // what a visitor reads
        assertAtLeast(10, items(get(port, "/api/v1/news", null)), "academic news");
        assertTrue(items(get(port, "/api/v1/news", null)).stream().anyMatch(n -> n.asJsonObject().getBoolean("pinned", false)),
                "one news item is pinned");
        assertAtLeast(10, items(get(port, "/api/v1/knowledge", null)), "knowledge articles");
        assertAtLeast(8, items(get(port, "/api/v1/questions", null)), "questions");
        assertAtLeast(4, items(get(port, "/api/v1/practices", null)), "published practices");
        assertAtLeast(2, items(get(port, "/api/v1/honours", null)), "honours");

        // what a supervisor has to do
        assertAtLeast(1, items(get(port, "/api/v1/questions/queue", "sn.somchai")), "questions waiting in the queue");
        assertAtLeast(1, items(get(port, "/api/v1/practices/submitted", "sn.somchai")), "practices waiting for review");
        assertAtLeast(2, items(get(port, "/api/v1/supervisions", "sn.somchai")), "the supervisor's supervisions");
        // what a teacher takes part in
        assertEquals(200, get(port, "/api/v1/me", "kru.malee").statusCode(), "a teacher signs in with the demo password");

        // what the office reports
        int year = fiscalYear();
        List<JsonValue> indicators = items(get(port, "/api/v1/indicators?fiscalYear=" + year, "admin.office"));
        assertAtLeast(5, indicators, "indicators of this fiscal year");
        long measured = indicators.stream().map(JsonValue::asJsonObject)
                .filter(i -> i.containsKey("value") && i.get("value").getValueType() == JsonValue.ValueType.NUMBER
                        && i.getJsonNumber("value").doubleValue() > 0)
                .count();
        assertTrue(measured >= 4, "indicators measured from the statistics are not zero: " + indicators);
        assertTrue(indicators.stream().map(JsonValue::asJsonObject).allMatch(i -> i.containsKey("level")
                && i.get("level").getValueType() == JsonValue.ValueType.NUMBER), "every indicator has a quality level: " + indicators);
        HttpResponse<byte[]> report = CLIENT.send(request(port, "/api/v1/reports/" + year + ".pdf", "director.area").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, report.statusCode());
        assertEquals("%PDF", new String(report.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "the yearly report");
        assertTrue(report.body().length > 20_000, "with the office's figures in it");

        // the office's administrator backs up the demo office (the manual's picture of the backup page shows it)
        assertEquals(202, CLIENT.send(request(port, "/api/v1/backups", "admin.office").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (items(get(port, "/api/v1/backups", "admin.office"), "runs").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertTrue(items(get(port, "/api/v1/backups", "admin.office"), "runs").get(0).asJsonObject().getBoolean("succeeded"),
                "the demo office's backup");

        // the sign-in page offers one account per role, in demo mode only
        String login = get(port, "/login.xhtml", null).body();
        for (String username : List.of("kru.malee", "dir.anan", "sn.somchai", "admin.office", "director.area")) {
            assertTrue(login.contains(username), username + " is offered on the sign-in page");
        }
    }

    @Test
    @Order(1)
    void everyPictureOfTheManualIsTakenAndEveryPageVisitedPassesAxe() throws Exception {
        Path out = Path.of(System.getProperty("nithet.manual.pictures", "target/manual-pictures"));
        List<String> failures = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        try (Browser browser = new Browser(base)) {
            for (String language : List.of("th", "en")) {
                Set<String> taken = new TreeSet<>();
                String signedIn = "";
                for (Shot shot : shots()) {
                    if (!shot.who().equals(signedIn)) {
                        browser.driver().manage().deleteAllCookies();
                        if (!shot.who().isEmpty()) {
                            browser.signIn(shot.who(), PASSWORD);
                        }
                        if (language.equals("en")) {
                            browser.open("/language?to=en&next=/");
                        }
                        signedIn = shot.who();
                    }
                    browser.open(shot.path());
                    browser.find(By.id("main"));
                    if (shot.before() != null) {
                        shot.before().on(browser);
                    }
                    Path file = browser.screenshot("manual-" + language + "-" + shot.name());
                    Files.createDirectories(out.resolve(language));
                    Files.copy(file, out.resolve(language).resolve(shot.name() + ".png"), StandardCopyOption.REPLACE_EXISTING);
                    taken.add(shot.name());
                    if (language.equals("th")) {
                        checked.add(shot.path());
                        Accessibility.serious(browser.driver()).forEach(v -> failures.add(shot.path() + " (" + shot.name() + "): " + v));
                    }
                }
                assertEquals(referenced(language), taken, "the " + language + " manual shows exactly the pictures taken here");
            }
            // the pages the issue names that no picture shows: a visitor's home page
            browser.driver().manage().deleteAllCookies();
            browser.open("/");
            Accessibility.serious(browser.driver()).forEach(v -> failures.add("/ (visitor): " + v));
        }
        for (String page : List.of("/login.xhtml", "/search?q=", "/knowledge/", "/questions/", "/questions/new", "/supervisions/",
                "/statistics", "/admin/accounts.xhtml")) {
            assertTrue(checked.stream().anyMatch(p -> p.startsWith(page)), page + " is among the pages checked");
        }
        assertTrue(failures.isEmpty(), "serious or critical accessibility violations:\n" + String.join("\n", failures));
    }

    @Test
    @Order(2)
    void theManualIsServedWithItsPicturesAndTheHeaderLinksToThePagesChapter() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("kru.malee", PASSWORD);
            browser.open("/questions/new");
            browser.click(By.id("helpLink"));
            browser.waitForText("ถามคำถาม");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/help/teacher#ask"), browser.driver().getCurrentUrl());
            List<WebElement> pictures = browser.driver().findElements(By.cssSelector("#chapter img"));
            assertTrue(pictures.size() >= 5, "the teacher's chapter shows its pictures");
            for (WebElement picture : pictures) {
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", picture);
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                        ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", picture)).intValue() > 0);
            }
            browser.screenshot("manual-help-teacher");
            assertTrue(Accessibility.serious(browser.driver()).isEmpty(), "the manual's own page passes axe");

            browser.open("/help");
            for (String chapter : List.of("เริ่มต้นใช้งาน", "สำหรับครู", "สำหรับศึกษานิเทศก์", "สำหรับผู้ดูแลระบบ", "สำหรับผู้บริหารที่อ่านรายงาน")) {
                assertTrue(browser.text(By.id("chapters")).contains(chapter), chapter);
            }
            browser.open("/language?to=en&next=/statistics");
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("/help/supervisor");
            browser.waitForText("Answering and closing questions");
        }
        // the whole manual as one PDF, Thai set so that its text can be found again
        HttpResponse<byte[]> pdf = JarLaunches.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/help/nithet-manual-th.pdf"))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(document.getNumberOfPages() >= 10, "a page or more per chapter: " + document.getNumberOfPages());
            for (String words : List.of("คู่มือการใช้งานนิเทศ", "ถามคำถาม", "นำเข้ารายชื่อครู", "ออกรายงานประจำปี", "เปิดการนิเทศออนไลน์")) {
                assertTrue(text.contains(words), "the PDF says " + words);
            }
            assertTrue(Stream.iterate(0, i -> i + 1).limit(document.getNumberOfPages())
                    .anyMatch(i -> document.getPage(i).getResources().getXObjectNames().iterator().hasNext()), "with pictures");
        }
        for (String unknown : List.of("/help/start.md", "/help/images/xx/start-home.png", "/help/images/th/nothing.png", "/help/nithet-manual-fr.pdf")) {
            assertEquals(404, JarLaunches.CLIENT.send(HttpRequest.newBuilder(URI.create(base + unknown)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), unknown);
        }
    }

    @Test
    @Order(3)
    void theKeyboardAPhoneAnd200PercentZoomReachEverything() throws Exception {
        try (Browser browser = new Browser(base)) {
            // the first Tab shows the skip link; following it puts the reader in the page's content
            browser.open("/");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement skip = browser.driver().switchTo().activeElement();
            assertEquals("nt-skip", skip.getAttribute("class"), "the first Tab reaches the skip link");
            assertTrue(skip.isDisplayed() && !outline(browser, skip).startsWith("none"), "and it shows, with a visible focus ring");
            skip.sendKeys(Keys.ENTER);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#main"));

            // a 360 px phone: the menu opens from the keyboard (Tab to the switch, Space) and nothing is wider than the screen
            browser.signIn("sn.somchai", PASSWORD);
            browser.resize(new Dimension(360, 800));
            browser.open("/");
            WebElement toggle = browser.driver().findElement(By.id("navToggle"));
            assertTrue(!browser.driver().findElement(By.id("navSupervision")).isDisplayed(), "the menu is folded on a phone");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", toggle);
            new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
            assertTrue(browser.find(By.id("navSupervision")).isDisplayed(), "Space on the focused switch opens it");
            browser.screenshot("manual-phone-menu");
            List<String> tooWide = new ArrayList<>();
            Map<String, Dimension> sizes = new LinkedHashMap<>();
            sizes.put("360 px phone", new Dimension(360, 800));
            // 200 % zoom of a 1280 px window lays out as a 640 px one: Chrome's zoom is the same CSS pixels, halved
            sizes.put("200 % zoom", new Dimension(640, 900));
            for (Map.Entry<String, Dimension> size : sizes.entrySet()) {
                browser.resize(size.getValue());
                for (String page : List.of("/", "/search?q=การอ่าน", "/questions/new", "/supervisions", "/statistics", "/help/teacher")) {
                    browser.open(page);
                    browser.find(By.id("main"));
                    long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (overflow > 1) {
                        tooWide.add(size.getKey() + " " + page + ": " + overflow + " px wider than the screen, because of "
                                + ((JavascriptExecutor) browser.driver()).executeScript(WIDEST));
                        browser.screenshot("manual-too-wide-" + page.replaceAll("[^a-z]", ""));
                    }
                }
            }
            assertTrue(tooWide.isEmpty(), "pages scroll sideways:\n" + String.join("\n", tooWide));
        }
    }

    @Test
    @Order(4)
    void aConfirmDialogKeepsTheKeyboardInsideAndGivesItBack() throws Exception {
        long supervision = items(api("/api/v1/supervisions", "sn.somchai")).get(0).asJsonObject().getJsonNumber("id").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn("sn.somchai", PASSWORD);
            browser.open("/supervisions/" + supervision);
            WebElement close = browser.find(By.id("steps:close"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", close);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            WebElement dialog = browser.find(By.cssSelector(".ui-confirm-dialog"));
            String inside = "return arguments[0].contains(document.activeElement)";
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> (Boolean) js.executeScript(inside, dialog));
            browser.screenshot("manual-dialog-focus");
            for (int i = 0; i < 5; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                assertTrue((Boolean) js.executeScript(inside, dialog), "Tab " + (i + 1) + " stays in the dialog");
            }
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !dialog.isDisplayed());
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> "steps:close".equals(d.switchTo().activeElement().getAttribute("id")));
            assertTrue(browser.find(By.id("steps:close")).isDisplayed(), "Escape said no: the supervision is still open");
        }
    }

    @Test
    @Order(5)
    void startedAgainTheDemoOfficeIsNotAddedTwice() throws Exception {
        int news = items(get(port, "/api/v1/news", "admin.office")).size();
        JarLaunches.stop(portal);
        Path again = Path.of(System.getProperty("nithet.it.dir", "target/it")).resolve("demo-again.log");
        portal = launch(dataDir, port, again, true);
        JarLaunches.waitUntilReady(portal, port, again);
        assertTrue(Files.readString(again).contains("Demo office: already here"));
        assertEquals(news, items(get(port, "/api/v1/news", "admin.office")).size(), "the same news items, no more");
        JarLaunches.stop(portal);
    }

    @Test
    @Order(6)
    void aPortalWithDataIsNeverTouchedAndTheLogSaysWhy() throws Exception {
        Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));
        Path dataDir = it.resolve("demo-refused-data");
        th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(dataDir);
        int otherPort = JarLaunches.freePort();
        Path first = it.resolve("demo-refused-first.log");
        Process office = launch(dataDir, otherPort, first, false);
        JarLaunches.waitUntilReady(office, otherPort, first);
        HttpResponse<String> created = CLIENT.send(request(otherPort, "/api/v1/knowledge", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"คู่มือของสำนักงานจริง\",\"body\":\"ข้อมูลของเรา\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JarLaunches.stop(office);

        Path demo = it.resolve("demo-refused.log");
        office = launch(dataDir, otherPort, demo, true);
        JarLaunches.waitUntilReady(office, otherPort, demo);
        String log = Files.readString(demo);
        assertTrue(log.contains("--demo refused: this database already holds data (content)"), "the log says why");
        assertTrue(log.contains("ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว"), "in Thai too");
        assertEquals(1, items(get(otherPort, "/api/v1/knowledge", "admin")).size(), "the office's one article, nothing added");
        assertEquals(0, items(get(otherPort, "/api/v1/news", "admin")).size());
        assertEquals(401, get(otherPort, "/api/v1/me", "kru.malee").statusCode(), "no demo account was made");
        assertFalse(get(otherPort, "/login.xhtml", null).body().contains("kru.malee"), "and the sign-in page offers none");
        JarLaunches.stop(office);
    }

    /** The innermost elements that reach past the right edge of the screen, to say what to fix. */
    private static final String WIDEST = """
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1
                    && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))
                .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                .join(', ');
            """;

    private static String outline(Browser browser, WebElement element) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return getComputedStyle(arguments[0]).outlineStyle", element);
    }

    /** The pictures the manual's chapters in {@code language} show. */
    private static Set<String> referenced(String language) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> chapters = Files.list(MANUAL.resolve(language))) {
            for (Path chapter : chapters.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher m = PICTURE.matcher(Files.readString(chapter));
                while (m.find()) {
                    assertEquals(language, m.group(1), chapter + " shows a picture of the other language");
                    names.add(m.group(2));
                }
            }
        }
        return names;
    }

    /** The walk, in the order a reader of the manual meets the pages; ids are found through the API as each role. */
    private static List<Shot> shots() throws Exception {
        JsonObject answered = items(api("/api/v1/questions", null)).stream().map(JsonValue::asJsonObject)
                .filter(q -> q.containsKey("acceptedAnswerId")).findFirst().orElseThrow();
        long waiting = items(api("/api/v1/questions/queue", "sn.somchai")).get(0).asJsonObject().getJsonNumber("id").longValue();
        List<JsonObject> supervisions = items(api("/api/v1/supervisions", "sn.somchai")).stream().map(JsonValue::asJsonObject).toList();
        long withTeacher = supervisions.stream().filter(s -> s.toString().contains("\"kru.malee\"")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long withSteps = supervisions.stream().filter(s -> !s.toString().contains("\"kru.malee\"")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long project = items(api("/api/v1/projects", "sn.somchai")).get(0).asJsonObject().getJsonNumber("id").longValue();
        long survey = items(api("/api/v1/surveys?mine=owned", "sn.somchai")).get(0).asJsonObject().getJsonNumber("id").longValue();
        long indicator = items(api("/api/v1/indicators?fiscalYear=" + fiscalYear(), "admin.office")).get(0).asJsonObject()
                .getJsonNumber("id").longValue();
        long article = items(api("/api/v1/knowledge", null)).stream().map(a -> a.asJsonObject().getJsonNumber("id").longValue())
                .filter(DemoIT::hasAttachment).findFirst().orElseThrow();
        return List.of(
                new Shot("start-sign-in", "", "/login.xhtml", null),
                new Shot("start-home", "kru.malee", "/", null),
                new Shot("start-search", "kru.malee", "/search?q=" + java.net.URLEncoder.encode("การอ่าน", java.nio.charset.StandardCharsets.UTF_8), null),
                new Shot("start-account", "kru.malee", "/account/index.xhtml", null),
                new Shot("teacher-ask", "kru.malee", "/questions/new", Pages.typeAndWait(By.id("question:title"), "การอ่าน", By.id("similarList"))),
                new Shot("teacher-question", "kru.malee", "/questions/" + answered.getJsonNumber("id").longValue(), null),
                new Shot("teacher-article", "kru.malee", "/knowledge/" + article, null),
                new Shot("teacher-practices", "kru.malee", "/practices/mine", null),
                new Shot("teacher-supervision", "kru.malee", "/supervisions/" + withTeacher, null),
                new Shot("teacher-survey", "kru.malee", "/surveys/" + survey, null),
                new Shot("supervisor-queue", "sn.somchai", "/questions/queue", null),
                new Shot("supervisor-answer", "sn.somchai", "/questions/" + waiting, Pages.scrollTo(By.cssSelector(".ql-toolbar"))),
                new Shot("supervisor-news", "sn.somchai", "/news/new", null),
                new Shot("supervisor-review", "sn.somchai", "/practices/review", null),
                new Shot("supervisor-supervision", "sn.somchai", "/supervisions/" + withSteps, null),
                new Shot("supervisor-plan", "sn.somchai", "/supervisions/plan", null),
                new Shot("supervisor-project", "sn.somchai", "/projects/" + project, null),
                new Shot("admin-accounts", "admin.office", "/admin/accounts.xhtml", null),
                new Shot("admin-import", "admin.office", "/admin/import-accounts.xhtml", null),
                new Shot("admin-schools", "admin.office", "/admin/schools.xhtml", null),
                new Shot("admin-indicators", "admin.office", "/indicators", null),
                new Shot("admin-backups", "admin.office", "/admin/backups.xhtml", null),
                new Shot("director-statistics", "director.area", "/statistics", null),
                new Shot("director-indicator", "director.area", "/indicators/" + indicator, null),
                new Shot("director-report", "director.area", "/reports", null),
                new Shot("director-honours", "director.area", "/honours", null));
    }

    private static boolean hasAttachment(long article) {
        try {
            return api("/knowledge/" + article, null).body().contains("nt-files");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int fiscalYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        return (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear()) + 543;
    }

    private static HttpResponse<String> api(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (username != null) {
            request.header("Authorization", Http.basic(username, PASSWORD));
        }
        return JarLaunches.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonValue> items(HttpResponse<String> response) {
        return items(response, "items");
    }

    /** The array the answer is, or the one under {@code field}. */
    private static List<JsonValue> items(HttpResponse<String> response, String field) {
        assertEquals(200, response.statusCode(), response.uri() + " " + response.body());
        JsonStructure json = Json.createReader(new StringReader(response.body())).read();
        JsonArray array = json instanceof JsonArray a ? a : json.asJsonObject().getJsonArray(field);
        return array == null ? List.of() : array;
    }

    /** What the walk does on a page before its picture is taken. */
    private static final class Pages {

        interface Step {
            void on(Browser browser) throws Exception;
        }

        static Step typeAndWait(By field, String text, By shows) {
            return browser -> {
                browser.type(field, text);
                browser.find(shows);
            };
        }

        static Step scrollTo(By element) {
            return browser -> ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    browser.findPresent(element));
        }
    }
    private static void assertAtLeast(int least, List<JsonValue> items, String what) {
        assertTrue(items.size() >= least, what + ": " + items.size() + " (at least " + least + " expected)");
    }


    private static HttpRequest.Builder request(int port, String path, String username) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
        if (username != null) {
            builder.header("Authorization", Http.basic(username, username.equals("admin") ? ADMIN_PASSWORD : PASSWORD));
        }
        return builder;
    }

    private static HttpResponse<String> get(int port, String path, String username) throws Exception {
        return CLIENT.send(request(port, path, username).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Process launch(Path dataDir, int port, Path log, boolean demo) throws IOException {
        return JAR.launch(dataDir, port, log, demo ? List.of("--demo") : List.of(), "NITHET_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "NITHET_BACKUP_DIR", dataDir.resolveSibling(dataDir.getFileName() + "-backups").toString());
    }
}
