package th.nithet.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation through the real parts: the shipped WAR on Payara Micro 6.2025.10, a real MariaDB,
 * real HTTP. One deployment for all of these tests.
 */
class FoundationIT extends PortalTest {

    @Test
    void readyOnlyWithTheSchemaMigratedAndTheDatabaseAnswering() {
        HttpResponse<String> ready = http.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"schema\":\"" + Portal.latestSchemaVersion() + "\""), ready.body());
        assertEquals(200, http.get("/health/live").statusCode());
    }

    @Test
    void flywayCreatedTheSchemaInMariaDb() throws Exception {
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1);
                assertTrue(rs.getBoolean(2), "every applied migration succeeded");
            }
            try (ResultSet rs = s.executeQuery("SELECT COLLATION_NAME FROM information_schema.COLUMNS "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'account' AND COLUMN_NAME = 'display_name'")) {
                rs.next();
                assertEquals("utf8mb4_thai_520_w2", rs.getString(1), "people sort in Thai dictionary order");
            }
        }
    }

    @Test
    void theFirstAdminExistsWithASlowHashNotThePassword() throws Exception {
        try (Connection c = Database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.password_hash, r.role FROM account a "
                     + "JOIN account_role r ON r.account_id = a.id WHERE a.username = 'admin'")) {
            assertTrue(rs.next(), "admin was created on the empty database");
            String hash = rs.getString(1);
            assertTrue(hash.startsWith("pbkdf2-sha512$210000$"), hash);
            assertFalse(hash.contains(Portal.adminPassword()));
            assertEquals("ADMIN", rs.getString(2));
        }
    }

    @Test
    void meAnswersTheCallerWithBasicAuthentication() {
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", Http.basic("admin", Portal.adminPassword()));
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = Http.json(me);
        assertEquals("admin", body.getString("username"));
        assertEquals("ผู้ดูแลระบบ", body.getString("displayName"));
        assertEquals(List.of("ADMIN"), body.getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertTrue(me.headers().firstValue("Set-Cookie").isEmpty(), "API calls open no session");
    }

    @Test
    void userNamesAreCaseInsensitive() {
        assertEquals(200, http.get("/api/v1/me", "Authorization", Http.basic("ADMIN", Portal.adminPassword())).statusCode());
    }

    @Test
    void missingCredentialsAnswer401WithJson() {
        HttpResponse<String> me = http.get("/api/v1/me");
        assertUnauthorizedJson(me);
        assertEquals("unauthorized", Http.json(me).getString("error"));
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerTheSame401() {
        HttpResponse<String> wrong = http.get("/api/v1/me", "Authorization", Http.basic("admin", "not-the-password"));
        HttpResponse<String> unknown = http.get("/api/v1/me", "Authorization", Http.basic("nobody-" + UUID.randomUUID(), "x"));
        assertUnauthorizedJson(wrong);
        assertUnauthorizedJson(unknown);
        assertEquals(Http.json(wrong), Http.json(unknown), "the answer does not reveal which user names exist");
        assertEquals("invalid_credentials", Http.json(wrong).getString("error"));
        assertTrue(Http.json(wrong).getString("message").contains("ไม่ถูกต้อง"));
    }

    @Test
    void malformedAuthorizationAnswers401() {
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", "Basic %%%not-base64");
        assertUnauthorizedJson(me);
        assertEquals("malformed_credentials", Http.json(me).getString("error"));
    }

    @Test
    void repeatedFailuresAreSlowedDown() {
        String user = "guess-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http.get("/api/v1/me", "Authorization", Http.basic(user, "guess" + i)).statusCode());
        }
        HttpResponse<String> refused = http.get("/api/v1/me", "Authorization", Http.basic(user, "guess5"));
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("too_many_attempts", Http.json(refused).getString("error"));
        assertTrue(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(Http.json(refused).getString("message").contains("วินาที"));
    }

    @Test
    void unknownApiPathsAnswerJson404() {
        HttpResponse<String> missing = http.get("/api/v1/no-such-thing");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", Http.json(missing).getString("error"));
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        HttpResponse<String> openapi = http.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/me"), openapi.body());
        assertTrue(openapi.body().contains("basicAuth"), openapi.body());
        assertTrue(openapi.body().contains("bearerAuth"), "personal access tokens are described");
        // an answer described only as "type: object" tells a script nothing: each names its properties or is a file
        jakarta.json.JsonObject paths = Http.json(http.get("/openapi", "Accept", "application/json")).getJsonObject("paths");
        java.util.List<String> bare = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().forEach((method, operation) -> {
            if (operation instanceof jakarta.json.JsonObject op && op.containsKey("responses")) {
                op.getJsonObject("responses").forEach((code, answer) -> answer.asJsonObject()
                        .getOrDefault("content", jakarta.json.JsonValue.EMPTY_JSON_OBJECT).asJsonObject()
                        .forEach((type, media) -> {
                            jakarta.json.JsonObject schema = media.asJsonObject()
                                    .getOrDefault("schema", jakarta.json.JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
                            if ("object".equals(schema.getString("type", "")) && !schema.containsKey("properties")
                                    && !schema.containsKey("additionalProperties") && !schema.containsKey("$ref")) {
                                bare.add(method + " " + path + " " + code);
                            }
                        }));
            }
        }));
        assertTrue(bare.isEmpty(), "answers described as a bare object: " + bare);
        // every operation says it may answer 503 while the database is unreachable (platform.api.ApiDescription)
        java.util.List<String> without503 = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().forEach((method, operation) -> {
            if (operation instanceof jakarta.json.JsonObject op && op.containsKey("responses")) {
                jakarta.json.JsonObject unavailable = op.getJsonObject("responses").getJsonObject("503");
                if (unavailable == null || !unavailable.getString("description", "").contains("database_unavailable")
                        || !unavailable.toString().contains("ApiError")) {
                    without503.add(method + " " + path);
                }
            }
        }));
        assertTrue(without503.isEmpty(), "operations that do not list 503: " + without503);
        // two answers of the same simple name (a page of questions, a page of news) must not share one schema
        assertTrue(openapi.body().contains("QuestionPage") && openapi.body().contains("NewsPage"), "pages named apart");
    }

    @Test
    void pagesAreThaiByDefaultWithBuddhistEraDates() {
        HttpResponse<String> home = http.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"th\""), "html lang is th");
        assertTrue(home.body().contains("เข้าสู่ระบบ"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        assertTrue(home.body().contains(" " + (today.getYear() + 543) + "</span>"), "today's date in พ.ศ.");
        for (String header : List.of("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy")) {
            assertTrue(home.headers().firstValue(header).isPresent(), header);
        }
    }

    @Test
    void textIsSentCompressedToBrowsersThatTakeGzip() throws Exception {
        HttpResponse<byte[]> plain = http.getBytes("/");
        HttpResponse<byte[]> zipped = http.getBytes("/", "Accept-Encoding", "gzip");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "none unless asked for");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"));
        String page = gunzip(zipped.body());
        assertTrue(page.contains("เข้าสู่ระบบ"), page);
        assertTrue(zipped.body().length * 3 < plain.body().length, zipped.body().length + " bytes of " + plain.body().length);
        // the page's scripts and styles too (the largest part of a first visit)
        java.util.regex.Matcher resource = java.util.regex.Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"]+\\.js[^\"]*)\"")
                .matcher(page);
        assertTrue(resource.find(), page);
        HttpResponse<byte[]> script = http.getBytes(resource.group(1).replace("&amp;", "&"), "Accept-Encoding", "gzip");
        assertEquals(200, script.statusCode());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse("none"), resource.group(1));
    }

    @Test
    void ourStylesAddressChangesWithItsContent() throws Exception {
        String page = http.get("/").body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile(
                "href=\"(/jakarta\\.faces\\.resource/nithet/nithet\\.css\\.xhtml\\?nv=([0-9a-f]{10}))\"").matcher(page);
        assertTrue(css.find(), page);
        HttpResponse<byte[]> style = http.getBytes(css.group(1));
        assertEquals(200, style.statusCode());
        assertEquals(css.group(2), java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(style.body())).substring(0, 10), "a hash of what is sent");
    }

    private static String gunzip(byte[] body) throws java.io.IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void englishIsChosenByTheRememberedCookie() {
        HttpResponse<String> switched = http.get("/language?to=en&next=%2Flogin.xhtml");
        assertEquals(302, switched.statusCode());
        assertTrue(switched.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("nithet-lang=en"), cookie);
        assertTrue(cookie.contains("Max-Age"), "remembered beyond this visit: " + cookie);

        HttpResponse<String> login = http.get("/login.xhtml", "Cookie", "nithet-lang=en");
        assertTrue(login.body().contains("lang=\"en\""));
        assertTrue(login.body().contains("Sign in"));
        assertTrue(login.body().contains(" " + LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + "</span>"), "CE in English");
    }

    @Test
    void languageSwitchNeverRedirectsOffSite() {
        HttpResponse<String> switched = http.get("/language?to=en&next=https%3A%2F%2Fevil.example%2F");
        assertTrue(switched.headers().firstValue("Location").orElseThrow().matches("https?://[^/]+/"),
                switched.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void notFoundIsAThaiPageWithoutInternals() {
        HttpResponseCheck.assertThai404(http.get("/no-such-page"));
    }

    @Test
    void anUnexpectedFailureIsAThaiPageWithoutAStackTrace() {
        HttpResponse<String> boom = http.get("/it/boom");
        assertEquals(500, boom.statusCode());
        assertTrue(boom.body().contains("ระบบขัดข้อง"), boom.body());
        HttpResponseCheck.assertNoInternals(boom.body());
    }

    @Test
    void aScheduledJobThatFailedRunsAgainAtItsNextRound() throws InterruptedException {
        // FailingJob fails its first three rounds on purpose (every 2 s, and Payara retries once 5 s after a failure);
        // a job dropped after its failures would say "ran 0" for good
        String count = "";
        for (int i = 0; i < 120 && !count.matches("failed 3 ran [1-9]\\d*"); i++) {
            Thread.sleep(500);
            count = http.get("/it/failing-job").body();
        }
        assertTrue(count.matches("failed 3 ran [1-9]\\d*"), "the job runs again after failing: " + count);
    }

    @Test
    void protectedPagesSendVisitorsToTheSignInForm() {
        HttpResponse<String> admin = http.get("/admin/index.xhtml");
        assertEquals(302, admin.statusCode());
        assertTrue(admin.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?next=%2Fadmin%2Findex.xhtml"));
    }

    private static void assertUnauthorizedJson(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(Http.json(response).getString("message").length() > 0);
    }

}
