package th.nithet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import th.nithet.content.RichTextTest;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** News, the knowledge bank and what all content shares, through /api/v1, against MariaDB and the file store. */
class ContentApiIT extends PortalTest {

    @Test
    void theKnowledgeContractToolsRelyOn() throws Exception {
        String supervisor = supervisor();
        HttpResponse<String> created = http.send("POST", "/api/v1/knowledge",
                "{\"title\": \"แนวทางการประเมินวิทยฐานะครู\", \"body\": \"บรรทัดแรก\\nบรรทัดสอง\\n\\nย่อหน้าใหม่ <ไม่ใช่แท็ก>\","
                        + " \"tags\": [\"วิทยฐานะ\", \"#PLC\", \"PLC\"]}", "Authorization", supervisor);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject article = Http.json(created);
        long id = article.getJsonNumber("id").longValue();
        assertTrue(article.getString("url").endsWith("/knowledge/" + id), article.getString("url"));
        assertTrue(article.getString("url").startsWith("http"), "an absolute address");
        assertEquals("knowledge", article.getString("type"));
        assertEquals(created.headers().firstValue("Location").orElseThrow(), article.getString("url"));

        JsonObject read = Http.json(http.get("/api/v1/knowledge/" + id));
        assertEquals(id, read.getJsonNumber("id").longValue());
        assertEquals("แนวทางการประเมินวิทยฐานะครู", read.getString("title"));
        assertEquals("<p>บรรทัดแรก<br />บรรทัดสอง</p><p>ย่อหน้าใหม่ &lt;ไม่ใช่แท็ก&gt;</p>", read.getString("body"),
                "plain text keeps its line breaks and is escaped");
        assertEquals(List.of("PLC", "วิทยฐานะ"), read.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList(), "#PLC and PLC are one tag");
        assertEquals("published", read.getString("status"));

        HttpResponse<String> invalid = http.send("POST", "/api/v1/knowledge", "{\"title\": \"  \", \"body\": \"<script>x</script>\","
                + " \"tags\": [\"" + "ก".repeat(61) + "\"], \"visibility\": \"secret\"}", "Authorization", supervisor);
        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonObject fields = Http.json(invalid).getJsonObject("fields");
        assertTrue(fields.containsKey("visibility"), invalid.body());
        HttpResponse<String> invalid2 = http.send("POST", "/api/v1/knowledge", "{\"title\": \"\", \"body\": \"<script>x</script>\","
                + " \"tags\": [\"" + "ก".repeat(61) + "\"]}", "Authorization", supervisor);
        JsonObject fields2 = Http.json(invalid2).getJsonObject("fields");
        assertEquals(400, invalid2.statusCode());
        assertTrue(fields2.containsKey("title") && fields2.containsKey("body") && fields2.containsKey("tags"), invalid2.body());
        assertEquals("กรุณากรอกชื่อเรื่อง", fields2.getString("title"));
        assertEquals(400, http.send("POST", "/api/v1/knowledge", "{\"title\": ", "Authorization", supervisor).statusCode());

        String member = member();
        assertEquals(403, http.send("POST", "/api/v1/knowledge", "{\"title\":\"ก\",\"body\":\"ข\"}", "Authorization", member).statusCode());
        assertEquals(401, http.send("POST", "/api/v1/knowledge", "{\"title\":\"ก\",\"body\":\"ข\"}").statusCode());
        assertEquals(404, http.get("/api/v1/knowledge/987654321").statusCode());
        assertEquals(403, http.send("PUT", "/api/v1/knowledge/" + id, "{\"title\":\"แอบแก้\"}", "Authorization", member).statusCode());
        assertEquals("แนวทางการประเมินวิทยฐานะครู", Http.json(http.get("/api/v1/knowledge/" + id)).getString("title"));
    }

    @Test
    void noHostileHtmlComesOutExecutable() throws Exception {
        String supervisor = supervisor();
        List<String> vectors = RichTextTest.vectors();
        assertTrue(vectors.size() >= 50);
        for (String vector : vectors) {
            String json = Json.createObjectBuilder().add("title", "ทดสอบ XSS").add("body", vector + "<p>ข้อความ</p>").build().toString();
            HttpResponse<String> created = http.send("POST", "/api/v1/knowledge", json, "Authorization", supervisor);
            if (created.statusCode() == 400) {
                // the vector swallowed the rest of the body: nothing was left to store, and nothing was
                assertTrue(Http.json(created).getJsonObject("fields").containsKey("body"), vector + " → " + created.body());
                continue;
            }
            assertEquals(201, created.statusCode(), vector + " → " + created.body());
            long id = Http.json(created).getJsonNumber("id").longValue();
            String body = Http.json(http.get("/api/v1/knowledge/" + id)).getString("body");
            assertFalse(RichTextTest.EXECUTABLE.matcher(body).find(), vector + "\n came out as " + body);
            // and the page that shows it
            String page = http.get("/knowledge/" + id).body();
            // the body as the page shows it (the page's own widgets have scripts of their own)
            String opening = "<div class=\"nt-body-text\" id=\"body\">";
            int start = page.indexOf(opening) + opening.length();
            int end = page.indexOf("<p class=\"nt-tags\">", start);
            assertTrue(start >= opening.length() && end > start, "the item page shows the article");
            assertFalse(RichTextTest.EXECUTABLE.matcher(page.substring(start, end)).find(),
                    vector + " on the page: " + page.substring(start, end));
        }
    }

    @Test
    void visibilityKeepsStaffPagesFromMembersAndVisitors() throws Exception {
        String supervisor = supervisor();
        String member = member();
        long staffOnly = create(supervisor, "{\"title\":\"บันทึกภายในศึกษานิเทศก์\",\"body\":\"เฉพาะบุคลากร\",\"visibility\":\"staff\"}");
        long membersOnly = create(supervisor, "{\"title\":\"คู่มือสำหรับสมาชิก\",\"body\":\"เฉพาะสมาชิก\",\"visibility\":\"members\"}");
        long draft = create(supervisor, "{\"title\":\"ฉบับร่าง\",\"body\":\"ยังไม่เผยแพร่\",\"status\":\"draft\"}");

        assertEquals(403, http.get("/api/v1/knowledge/" + staffOnly, "Authorization", member).statusCode());
        assertEquals(401, http.get("/api/v1/knowledge/" + staffOnly).statusCode());
        assertEquals(200, http.get("/api/v1/knowledge/" + staffOnly, "Authorization", supervisor).statusCode());
        assertEquals(200, http.get("/api/v1/knowledge/" + membersOnly, "Authorization", member).statusCode());
        assertEquals(401, http.get("/api/v1/knowledge/" + membersOnly).statusCode());
        assertEquals(404, http.get("/api/v1/knowledge/" + draft, "Authorization", member).statusCode(), "someone else's draft");
        assertEquals(200, http.get("/api/v1/knowledge/" + draft, "Authorization", supervisor).statusCode());
        // an item's attachments answer as the item does
        assertEquals(403, http.get("/api/v1/content/" + staffOnly + "/attachments", "Authorization", member).statusCode());
        assertEquals(401, http.get("/api/v1/content/" + membersOnly + "/attachments").statusCode());
        assertEquals(404, http.get("/api/v1/content/" + draft + "/attachments", "Authorization", member).statusCode());
        assertEquals(404, http.get("/api/v1/content/987654321/attachments", "Authorization", member).statusCode());
        assertEquals(200, http.get("/api/v1/content/" + staffOnly + "/attachments", "Authorization", supervisor).statusCode());

        List<Long> visitorSees = ids(http.get("/api/v1/knowledge?limit=100"));
        List<Long> memberSees = ids(http.get("/api/v1/knowledge?limit=100", "Authorization", member));
        assertFalse(visitorSees.contains(staffOnly) || visitorSees.contains(membersOnly) || visitorSees.contains(draft));
        assertTrue(memberSees.contains(membersOnly));
        assertFalse(memberSees.contains(staffOnly) || memberSees.contains(draft));

        // pages answer the same way
        assertEquals(403, pageStatus("/knowledge/" + staffOnly, member));
        assertEquals(302, pageStatus("/knowledge/" + staffOnly, null), "visitors are sent to sign in");
        assertEquals(404, pageStatus("/knowledge/" + draft, member));
    }

    @Test
    void versionsAreKeptAndRestored() throws Exception {
        String supervisor = supervisor();
        long id = create(supervisor, "{\"title\":\"คู่มือ PLC\",\"body\":\"<p>ฉบับแรก</p>\"}");
        http.send("PUT", "/api/v1/knowledge/" + id, "{\"body\":\"<p>ฉบับที่สอง</p>\",\"note\":\"เพิ่มตัวอย่าง\"}", "Authorization", supervisor);
        JsonObject third = Http.json(http.send("PUT", "/api/v1/knowledge/" + id, "{\"title\":\"คู่มือ PLC ฉบับปรับปรุง\"}",
                "Authorization", supervisor));
        assertEquals("<p>ฉบับที่สอง</p>", third.getString("body"), "what a change leaves out keeps its value");
        JsonArray versions = Http.jsonArray(http.get("/api/v1/knowledge/" + id + "/versions", "Authorization", supervisor));
        assertEquals(3, versions.size());
        assertEquals("เพิ่มตัวอย่าง", versions.getJsonObject(1).getString("note"));

        JsonObject restored = Http.json(http.send("POST", "/api/v1/knowledge/" + id + "/versions/1/restore", null,
                "Authorization", supervisor));
        assertEquals("คู่มือ PLC", restored.getString("title"));
        assertEquals("<p>ฉบับแรก</p>", restored.getString("body"));
        assertEquals(4, Http.jsonArray(http.get("/api/v1/knowledge/" + id + "/versions", "Authorization", supervisor)).size());
        assertEquals(404, http.send("POST", "/api/v1/knowledge/" + id + "/versions/99/restore", null, "Authorization", supervisor).statusCode());
        assertEquals(403, http.send("POST", "/api/v1/knowledge/" + id + "/versions/2/restore", null, "Authorization", member()).statusCode());
    }

    @Test
    void categoriesFormATree() throws Exception {
        String supervisor = supervisor();
        String tag = java.util.UUID.randomUUID().toString().substring(0, 5);
        HttpResponse<String> parent = http.send("POST", "/api/v1/knowledge/categories", "{\"name\":\"การวัดและประเมินผล " + tag + "\"}",
                "Authorization", supervisor);
        assertEquals(201, parent.statusCode(), parent.body());
        long parentId = Http.json(parent).getJsonNumber("id").longValue();
        JsonObject child = Http.json(http.send("POST", "/api/v1/knowledge/categories",
                "{\"name\":\"ข้อสอบ O-NET\",\"parentId\":" + parentId + "}", "Authorization", supervisor));
        assertEquals("การวัดและประเมินผล " + tag + " › ข้อสอบ O-NET", child.getString("path"));
        assertEquals(1, child.getInt("depth"));
        assertEquals(400, http.send("POST", "/api/v1/knowledge/categories", "{\"name\":\"ข้อสอบ O-NET\",\"parentId\":" + parentId + "}",
                "Authorization", supervisor).statusCode(), "the same name twice under one parent");
        assertEquals(403, http.send("POST", "/api/v1/knowledge/categories", "{\"name\":\"แอบเพิ่ม\"}", "Authorization", member()).statusCode());
        List<JsonObject> tree = Http.jsonArray(http.get("/api/v1/knowledge/categories")).getValuesAs(JsonObject.class);
        int p = -1, c = -1;
        for (int i = 0; i < tree.size(); i++) {
            long id = tree.get(i).getJsonNumber("id").longValue();
            p = id == parentId ? i : p;
            c = id == child.getJsonNumber("id").longValue() ? i : c;
        }
        assertEquals(p + 1, c, "a child comes right after its parent");
        long article = create(supervisor, "{\"title\":\"คลังข้อสอบ\",\"body\":\"ข้อสอบตัวอย่าง\",\"categoryId\":"
                + child.getJsonNumber("id").longValue() + "}");
        assertEquals(child.getString("path"), Http.json(http.get("/api/v1/knowledge/" + article)).getJsonObject("category").getString("path"));
        assertTrue(ids(http.get("/api/v1/knowledge?category=" + child.getJsonNumber("id").longValue())).contains(article));
    }

    @Test
    void newsIsScheduledPinnedAndUnpublished() throws Exception {
        String supervisor = supervisor();
        String member = member();
        long scheduled = Http.json(http.send("POST", "/api/v1/news", "{\"title\":\"อบรม Active Learning\",\"body\":\"รายละเอียด\","
                + "\"category\":\"training\",\"publishAt\":\"" + Instant.now().plus(2, ChronoUnit.DAYS) + "\"}",
                "Authorization", supervisor)).getJsonNumber("id").longValue();
        long pinned = Http.json(http.send("POST", "/api/v1/news", "{\"title\":\"นโยบายเขตพื้นที่\",\"body\":\"สาระสำคัญ\","
                + "\"category\":\"policy\",\"pinned\":true,\"learningAreas\":[\"thai\"]}", "Authorization", supervisor))
                .getJsonNumber("id").longValue();
        assertEquals(404, http.get("/api/v1/news/" + scheduled, "Authorization", member).statusCode(), "not yet");
        List<Long> listed = ids(http.get("/api/v1/news?limit=100", "Authorization", member));
        assertEquals(pinned, listed.get(0), "pinned first");
        assertFalse(listed.contains(scheduled));
        assertTrue(ids(http.get("/api/v1/news?category=policy&learningArea=thai&limit=100")).contains(pinned));
        assertFalse(ids(http.get("/api/v1/news?category=training&limit=100")).contains(pinned));
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).getYear() + 543;
        assertTrue(ids(http.get("/api/v1/news?year=" + year + "&limit=100")).contains(pinned), "years are Buddhist-era");
        assertFalse(ids(http.get("/api/v1/news?year=" + (year - 1) + "&limit=100")).contains(pinned));
        assertEquals(400, http.send("POST", "/api/v1/news", "{\"title\":\"ก\",\"body\":\"ข\",\"category\":\"gossip\"}",
                "Authorization", supervisor).statusCode());

        // another supervisor cannot change it; an administrator can
        assertEquals(403, http.send("POST", "/api/v1/news/" + pinned + "/unpublish", null, "Authorization", supervisor()).statusCode());
        assertEquals("unpublished", Http.json(http.send("POST", "/api/v1/news/" + pinned + "/unpublish", null,
                "Authorization", admin)).getString("status"));
        assertEquals(404, http.get("/api/v1/news/" + pinned, "Authorization", member).statusCode());
    }

    @Test
    void newsIsAnnouncedOnceToTeachersOfItsLearningAreasWhenItGoesLive() throws Exception {
        String supervisor = supervisor();
        TestAccounts.Created scienceTeacher = TestAccounts.member("ครูวิทย์ รอข่าว");
        TestAccounts.giveLearningArea(scienceTeacher.username(), "science");
        TestAccounts.Created artsTeacher = TestAccounts.member("ครูศิลป์ ไม่เกี่ยว");
        TestAccounts.giveLearningArea(artsTeacher.username(), "arts");
        String science = Http.basic(scienceTeacher.username(), scienceTeacher.password());
        String arts = Http.basic(artsTeacher.username(), artsTeacher.password());
        long later = Http.json(http.send("POST", "/api/v1/news", "{\"title\":\"ข่าววิทย์ล่วงหน้า\",\"body\":\"ยังไม่ถึงเวลา\","
                + "\"learningAreas\":[\"science\"],\"publishAt\":\"" + Instant.now().plus(2, ChronoUnit.DAYS) + "\"}",
                "Authorization", supervisor)).getJsonNumber("id").longValue();
        long staffOnly = Http.json(http.send("POST", "/api/v1/news", "{\"title\":\"ข่าวภายในศึกษานิเทศก์\",\"body\":\"เฉพาะบุคลากร\","
                + "\"learningAreas\":[\"science\"],\"visibility\":\"staff\"}", "Authorization", supervisor)).getJsonNumber("id").longValue();
        long now = Http.json(http.send("POST", "/api/v1/news", "{\"title\":\"ประกวดโครงงานวิทยาศาสตร์\",\"body\":\"เปิดรับสมัครแล้ว\","
                + "\"learningAreas\":[\"science\"]}", "Authorization", supervisor)).getJsonNumber("id").longValue();

        // announced off the request, within a round (15 seconds)
        String told = "";
        for (int i = 0; i < 80 && !told.contains("/news/" + now + "\""); i++) {
            Thread.sleep(500);
            told = http.get("/api/v1/notifications?limit=100", "Authorization", science).body();
        }
        assertTrue(told.contains("/news/" + now + "\""), told);
        assertTrue(told.contains("ประกวดโครงงานวิทยาศาสตร์"), told);
        assertFalse(told.contains("/news/" + later + "\""), "not before its time");
        assertFalse(told.contains("/news/" + staffOnly + "\""), "not to people who may not read it");
        assertFalse(http.get("/api/v1/notifications?limit=100", "Authorization", arts).body().contains("/news/" + now + "\""));
        assertEquals(1, told.split("/news/" + now + "\"", -1).length - 1, "once");
        try (java.sql.Connection c = Database.connect();
             java.sql.PreparedStatement q = c.prepareStatement("SELECT n.announced_at, i.version FROM news n "
                     + "JOIN content_item i ON i.id = n.content_id WHERE n.content_id = ?")) {
            q.setLong(1, later);
            int neverAnnounced;
            try (java.sql.ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                assertNull(r.getTimestamp(1));
                neverAnnounced = r.getInt(2);
            }
            q.setLong(1, now);
            try (java.sql.ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                assertNotNull(r.getTimestamp(1), "marked announced, so later rounds leave it");
                assertEquals(neverAnnounced, r.getInt(2), "announcing is bookkeeping: the item's version stays, so an editor's "
                        + "save or an administrator's unpublish that read it before is not refused as a conflict");
            }
        }
    }

    @Test
    void attachmentsAreCheckedByContentAndKeepTheirThaiNames() throws Exception {
        String supervisor = supervisor();
        long id = create(supervisor, "{\"title\":\"เอกสารประกอบการอบรม\",\"body\":\"ดาวน์โหลดได้ที่นี่\"}");
        byte[] pdf = pdf("คู่มือการนิเทศภายใน Coaching and Mentoring");
        String name = "คู่มือการนิเทศ ๒๕๖๙.pdf";
        HttpResponse<String> attached = upload(id, name, pdf, supervisor);
        assertEquals(201, attached.statusCode(), attached.body());
        JsonObject attachment = Http.json(attached);
        assertEquals("application/pdf", attachment.getString("mediaType"));
        assertTrue(attachment.getBoolean("hasText"), "the text inside the PDF is kept for search");
        assertEquals(201, upload(id, "สำเนา.pdf", pdf, supervisor).statusCode(), "the same file twice");
        Path store = Path.of(System.getProperty("nithet.it.dir"), "data", "files");

        HttpResponse<byte[]> download = http.getBytes(attachment.getString("url"));
        assertEquals(200, download.statusCode());
        assertEquals(pdf.length, download.body().length);
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")), disposition);

        long filesBefore = countFiles(store);
        byte[] exe = new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        for (Object[] refused : new Object[][]{
                {"โปรแกรม.pdf", exe, "ไม่รับไฟล์"},
                {"หน้าเว็บ.pdf", script, "ไม่รับไฟล์"},
                {"รายงาน.docx", pdf, "ไม่ตรงกับชนิด"},
                {"../../etc/passwd.pdf", pdf, "ใช้ไม่ได้"},
                {"..\\windows\\win.pdf", pdf, "ใช้ไม่ได้"},
                {".hidden.pdf", pdf, "ใช้ไม่ได้"},
                {"ว่าง.pdf", new byte[0], "ว่างเปล่า"}}) {
            HttpResponse<String> answer = upload(id, (String) refused[0], (byte[]) refused[1], supervisor);
            assertEquals(400, answer.statusCode(), refused[0] + ": " + answer.body());
            assertTrue(Http.json(answer).getString("message").contains((String) refused[2]), answer.body());
        }
        assertEquals(filesBefore, countFiles(store), "refused files leave nothing behind");
        assertEquals(403, upload(id, "ของฉัน.pdf", pdf, member()).statusCode(), "members do not attach to others' items");
        assertEquals(2, Http.jsonArray(http.get("/api/v1/content/" + id + "/attachments")).size());
    }

    /**
     * A file store that cannot be written (a full disk, a directory gone read-only; here: a plain file where the
     * file's directory must go, which even root cannot write into) refuses the upload in words, leaves no bytes in the
     * database or on disk, and the item stays readable (#20).
     */
    @Test
    void anUnwritableFileStoreRefusesUploadsClearlyAndReadingContinues() throws Exception {
        String supervisor = supervisor();
        long id = create(supervisor, "{\"title\":\"เอกสารเมื่อดิสก์เต็ม\",\"body\":\"ทดสอบที่เก็บไฟล์\"}");
        byte[] pdf = pdf("ไฟล์ที่เก็บไม่ได้ " + java.util.UUID.randomUUID());
        String address = th.nithet.platform.files.FileStore.sha256(pdf);
        Path store = Path.of(System.getProperty("nithet.it.dir"), "data", "files");
        Path blocker = store.resolve(address.substring(0, 2)).resolve(address.substring(2, 4));
        Files.createDirectories(blocker.getParent());
        boolean existed = Files.isDirectory(blocker);
        if (!existed) {
            Files.writeString(blocker, "not a directory");
        }
        try {
            if (existed) {
                return; // another file already made that directory: this content cannot be blocked (one chance in 65,536)
            }
            long filesBefore = countFiles(store);
            HttpResponse<String> refused = upload(id, "เก็บไม่ได้.pdf", pdf, supervisor);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(Http.json(refused).getString("message").contains("พื้นที่เก็บไฟล์ของเซิร์ฟเวอร์เต็มหรือเขียนไม่ได้"), refused.body());
            assertEquals(filesBefore, countFiles(store), "nothing half-written on disk");
            try (var c = Database.connect(); var q = c.prepareStatement("SELECT COUNT(*) FROM file_chunk WHERE sha256 = ?")) {
                q.setString(1, address);
                try (var rs = q.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "nor in the database");
                }
            }
            assertEquals(0, Http.jsonArray(http.get("/api/v1/content/" + id + "/attachments")).size());
            assertEquals(200, http.get("/api/v1/knowledge/" + id).statusCode(), "reading continues");
        } finally {
            if (!existed) {
                Files.delete(blocker);
            }
        }
        assertEquals(201, upload(id, "เก็บได้แล้ว.pdf", pdf, supervisor).statusCode(), "once the store is writable again");
    }

    /** The test portal runs with NITHET_UPLOAD_MAX_MB=1 and NITHET_UPLOAD_QUOTA_MB=3 (arquillian.xml). */
    @Test
    void uploadsAreLimitedInSizeAndPerPerson() throws Exception {
        String supervisor = supervisor();
        long id = create(supervisor, "{\"title\":\"เอกสารขนาดใหญ่\",\"body\":\"ทดสอบขนาดไฟล์\"}");
        Path store = Path.of(System.getProperty("nithet.it.dir"), "data", "files");
        long filesBefore = countFiles(store);
        HttpResponse<String> tooBig = upload(id, "ใหญ่เกิน.pdf", pdfOfSize(1_200_000), supervisor);
        assertEquals(400, tooBig.statusCode(), tooBig.body());
        assertTrue(Http.json(tooBig).getString("message").contains("ใหญ่เกิน 1 MB"), tooBig.body());
        assertEquals(filesBefore, countFiles(store));
        byte[] stored = null;
        for (int i = 1; i <= 3; i++) {
            stored = pdfOfSize(900_000);
            assertEquals(201, upload(id, "ส่วนที่ " + i + ".pdf", stored, supervisor).statusCode(), "file " + i);
        }
        long filesAtQuota = countFiles(store);
        HttpResponse<String> overQuota = upload(id, "ส่วนที่ 4.pdf", pdfOfSize(900_000), supervisor);
        assertEquals(400, overQuota.statusCode(), overQuota.body());
        assertTrue(Http.json(overQuota).getString("message").contains("พื้นที่เก็บไฟล์ของคุณเต็ม"), overQuota.body());
        assertEquals(filesAtQuota, countFiles(store), "refused over quota: nothing left on disk");
        assertEquals(201, upload(id, "ส่วนที่ 3 อีกครั้ง.pdf", stored, supervisor).statusCode(),
                "a file already stored takes no more space");
    }

    /** A valid PDF of about {@code bytes} bytes: random comments in an uncompressed content stream. */
    private static byte[] pdfOfSize(int bytes) throws Exception {
        java.util.Random random = new java.util.Random();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.OVERWRITE, false)) {
                StringBuilder line = new StringBuilder();
                for (int written = 0; written < bytes; written += 100) {
                    line.setLength(0);
                    for (int i = 0; i < 98; i++) {
                        line.append((char) ('a' + random.nextInt(26)));
                    }
                    stream.addComment(line.toString());
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void membersCommentAndLikeAuthorsEditAndStaffModerate() throws Exception {
        String supervisor = supervisor();
        TestAccounts.Created kru = TestAccounts.member("ครูแสดงความเห็น");
        String member = Http.basic(kru.username(), kru.password());
        long id = create(supervisor, "{\"title\":\"ข่าวเปิดให้แสดงความเห็น\",\"body\":\"เชิญแสดงความคิดเห็น\"}");
        HttpResponse<String> posted = http.send("POST", "/api/v1/content/" + id + "/comments",
                "{\"text\":\"ขอบคุณครับ <b>มีประโยชน์</b>\\nบรรทัดสอง\"}", "Authorization", member);
        assertEquals(201, posted.statusCode(), posted.body());
        JsonObject comment = Http.json(posted);
        assertEquals("<p>ขอบคุณครับ &lt;b&gt;มีประโยชน์&lt;/b&gt;<br />บรรทัดสอง</p>", comment.getString("body"));
        long commentId = comment.getJsonNumber("id").longValue();
        assertEquals(401, http.send("POST", "/api/v1/content/" + id + "/comments", "{\"text\":\"ไม่ระบุชื่อ\"}").statusCode());
        assertEquals(403, http.send("PUT", "/api/v1/content/" + id + "/comments/" + commentId, "{\"text\":\"แก้แทน\"}",
                "Authorization", member()).statusCode());
        assertEquals(200, http.send("PUT", "/api/v1/content/" + id + "/comments/" + commentId, "{\"text\":\"แก้ไขแล้ว\"}",
                "Authorization", member).statusCode());
        assertEquals(1, Http.json(http.get("/api/v1/knowledge/" + id)).getInt("commentCount"));
        assertEquals(204, http.send("POST", "/api/v1/content/" + id + "/comments/" + commentId + "/hide", null,
                "Authorization", supervisor).statusCode());
        assertEquals(0, Http.jsonArray(http.get("/api/v1/content/" + id + "/comments")).size(), "hidden from readers");
        assertEquals(0, Http.json(http.get("/api/v1/knowledge/" + id)).getInt("commentCount"));
        // moderation is in the audit trail (#20): who hid which comment on which item
        String hidden = http.get("/api/v1/audit?action=COMMENT_HIDDEN&subject=" + URLEncoder.encode("#" + commentId + " ", StandardCharsets.UTF_8),
                "Authorization", Http.basic("admin", Portal.adminPassword())).body();
        assertTrue(hidden.contains("ข่าวเปิดให้แสดงความเห็น") && hidden.contains("\"actor\":\""), hidden);

        assertEquals(1, Http.json(http.send("PUT", "/api/v1/content/" + id + "/like", null, "Authorization", member)).getInt("likes"));
        assertEquals(1, Http.json(http.send("PUT", "/api/v1/content/" + id + "/like", null, "Authorization", member)).getInt("likes"),
                "once a person");
        assertEquals(0, Http.json(http.send("DELETE", "/api/v1/content/" + id + "/like", null, "Authorization", member)).getInt("likes"));
        assertTrue(Http.jsonArray(http.get("/api/v1/tags?q=" + URLEncoder.encode("วิทยฐ", StandardCharsets.UTF_8))).size() >= 0);
    }

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36";

    @Test
    void anonymousReadersShareAKeptPageThatNeverCarriesAnyonesSession() throws Exception {
        String supervisor = supervisor();
        TestAccounts.Created kru = TestAccounts.member("ครูวิไลวรรณ อ่านประจำ");
        long id = create(supervisor, "{\"title\":\"เทคนิคการสอนอ่านออกเสียง\",\"body\":\"ฝึกอ่านทุกวัน\"}");
        String path = "/knowledge/" + id;

        // the first anonymous reader: no session made, the same bytes for the next one
        HttpResponse<String> first = http.get(path, "User-Agent", PHONE);
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "an anonymous reader gets no session: " + first.headers().allValues("Set-Cookie"));
        assertEquals("stateless", FormVisitor.viewState(first.body()), "forms carry no one's view state");
        // the shared page generation is read every second: the create's own move of it must not forget the page
        Thread.sleep(2_500);
        HttpResponse<String> second = http.get(path, "User-Agent", PHONE);
        assertEquals(first.body(), second.body(), "the kept page");
        assertTrue(second.headers().firstValue("X-Frame-Options").isPresent(), "a kept page still has the security headers");

        // a signed-in reader of the same page gets their own page, and the kept one never gets their name
        FormVisitor person = new FormVisitor();
        String site = base.toString().replaceAll("/$", "");
        person.signIn(site, kru.username(), kru.password());
        HttpResponse<String> theirs = person.get(site, path);
        assertTrue(theirs.body().contains("ครูวิไลวรรณ อ่านประจำ") && theirs.body().contains("comments:commentText"), "signed in");
        HttpResponse<String> anonymous = http.get(path, "User-Agent", PHONE);
        assertFalse(anonymous.body().contains("ครูวิไลวรรณ"), "no signed-in name on an anonymous page");
        assertFalse(anonymous.body().contains(person.cookies().get("JSESSIONID")), "no session id on an anonymous page");
        assertEquals("stateless", FormVisitor.viewState(anonymous.body()));
        // a post built from the anonymous page (its forms have no secret) is refused for a signed-in person
        HttpResponse<String> forged = person.post(site, "/views/knowledge/item.xhtml?id=" + id, java.util.Map.of(
                "comments", "comments", "comments:commentText", "ความเห็นปลอม", "comments:postComment", "",
                "jakarta.faces.ViewState", "stateless"));
        assertEquals(403, forged.statusCode());
        assertEquals(0, Http.json(http.get("/api/v1/knowledge/" + id)).getInt("commentCount"), "nothing was posted");

        // a change shows on the next anonymous view: an edit, a comment
        assertEquals(200, http.send("PUT", "/api/v1/knowledge/" + id, "{\"title\":\"เทคนิคการสอนอ่านออกเสียง ฉบับปรับปรุง\","
                + "\"body\":\"ฝึกอ่านทุกวัน วันละสิบนาที\"}", "Authorization", supervisor).statusCode());
        assertTrue(http.get(path, "User-Agent", PHONE).body().contains("ฉบับปรับปรุง"), "the edit shows at once");
        assertEquals(201, http.send("POST", "/api/v1/content/" + id + "/comments", "{\"text\":\"นำไปใช้กับนักเรียน ป.2 ได้ผลดี\"}",
                "Authorization", Http.basic(kru.username(), kru.password())).statusCode());
        assertTrue(http.get(path, "User-Agent", PHONE).body().contains("ได้ผลดี"), "the comment shows at once");

        // English readers get an English page, not the Thai one kept for the same address
        HttpResponse<String> english = http.get(path, "User-Agent", PHONE, "Cookie", "nithet-lang=en");
        assertTrue(english.body().contains("lang=\"en\""), "English page");
        assertTrue(http.get(path, "User-Agent", PHONE).body().contains("lang=\"th\""), "Thai page still");

        // a members-only item is never kept for anonymous readers, even after a member has read it
        long members = create(supervisor, "{\"title\":\"แนวปฏิบัติเฉพาะสมาชิก\",\"body\":\"ภายใน\",\"visibility\":\"members\"}");
        assertTrue(person.get(site, "/knowledge/" + members).body().contains("แนวปฏิบัติเฉพาะสมาชิก"));
        HttpResponse<String> refused = http.get("/knowledge/" + members, "User-Agent", PHONE);
        assertFalse(refused.body().contains("แนวปฏิบัติเฉพาะสมาชิก"), "a private item stays private: " + refused.statusCode());

        // each anonymous reader of the kept page is a counted view
        long before = settledViewCount(id);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, http.get(path, "User-Agent", PHONE).statusCode());
        }
        long expected = before + 5;
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        long now = before;
        while (now < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            now = Http.json(http.get("/api/v1/knowledge/" + id)).getJsonNumber("viewCount").longValue();
        }
        assertEquals(expected, now, "every reader of the kept page counted once");
    }

    @Test
    void signedInReadersShareAKeptPageWithTheirOwnNameTokenAndLike() throws Exception {
        String supervisor = supervisor();
        TestAccounts.Created malee = TestAccounts.member("ครูมาลี อ่านก่อน");
        TestAccounts.Created somchai = TestAccounts.member("ครูสมชาย อ่านตาม");
        TestAccounts.Created wanna = TestAccounts.member("ครูวรรณา อ่านท้าย");
        long id = create(supervisor, "{\"title\":\"การสอนคิดวิเคราะห์ด้วยคำถาม\",\"body\":\"ถามให้คิดทุกคาบ\"}");
        String path = "/knowledge/" + id;
        String site = base.toString().replaceAll("/$", "");
        FormVisitor first = new FormVisitor();
        first.signIn(site, malee.username(), malee.password());
        FormVisitor second = new FormVisitor();
        second.signIn(site, somchai.username(), somchai.password());

        // the first member's page is rendered and kept; the second gets the kept one, with their own parts in it
        String hers = first.get(site, path).body();
        Thread.sleep(2_500); // the shared page generation moved by the create is read every second: the page must stay kept
        hers = first.get(site, path).body();
        String his = second.get(site, path).body();
        assertTrue(hers.contains("ครูมาลี อ่านก่อน") && !hers.contains("ครูสมชาย"), "her name only");
        assertTrue(his.contains("ครูสมชาย อ่านตาม") && !his.contains("ครูมาลี"), "his name only");
        assertEquals("stateless", FormVisitor.viewState(his), "a page kept for every member has no view state");
        assertFalse(his.contains("ntpart"), "no marker left in the page");
        String herToken = formToken(hers);
        String hisToken = formToken(his);
        assertNotEquals(herToken, hisToken, "each member's forms carry their own token");

        // her like is hers: his kept page shows the count, not her like
        assertEquals(200, http.send("PUT", "/api/v1/content/" + id + "/like", null, "Authorization",
                Http.basic(malee.username(), malee.password())).statusCode());
        assertTrue(first.get(site, path).body().contains("ถูกใจแล้ว (1)"), "she likes it");
        his = second.get(site, path).body();
        assertTrue(his.contains("ถูกใจ (1)") && !his.contains("ถูกใจแล้ว"), "he does not (yet)");

        // a post from the stateless page: refused without his token or with hers, accepted with his
        java.util.Map<String, String> comment = new java.util.LinkedHashMap<>(java.util.Map.of("comments", "comments", "id", String.valueOf(id),
                "comments:commentText", "ใช้คำถามปลายเปิดแล้วนักเรียนตอบได้หลากหลาย"));
        assertEquals(403, second.ajax(site, "/views/knowledge/item.xhtml", "stateless", "comments:postComment",
                "comments:postComment comments:commentText", "comments", comment).statusCode(), "no token");
        comment.put("nithet-form-token", herToken);
        assertEquals(403, second.ajax(site, "/views/knowledge/item.xhtml", "stateless", "comments:postComment",
                "comments:postComment comments:commentText", "comments", comment).statusCode(), "another person's token");
        assertEquals(0, Http.json(http.get("/api/v1/knowledge/" + id)).getInt("commentCount"), "nothing was posted");
        comment.put("nithet-form-token", hisToken);
        HttpResponse<String> posted = second.ajax(site, "/views/knowledge/item.xhtml", "stateless", "comments:postComment",
                "comments:postComment comments:commentText", "comments", comment);
        assertEquals(200, posted.statusCode());
        assertTrue(posted.body().contains("ส่งความคิดเห็นแล้ว"), posted.body());
        assertEquals(1, Http.json(http.get("/api/v1/knowledge/" + id)).getInt("commentCount"));

        // now the page is his own (his comment has his edit link), and never the kept one for the others
        his = second.get(site, path).body();
        assertTrue(his.contains("nt-edit-comment"), "his edit link");
        hers = first.get(site, path).body();
        assertTrue(hers.contains("ใช้คำถามปลายเปิด") && !hers.contains("nt-edit-comment"), "his comment, not his links");
        assertTrue(hers.contains("ครูมาลี อ่านก่อน") && !hers.contains("ครูสมชาย อ่านตาม</span>"), "her header");

        // staff get the copy kept for their roles, with the moderation links, and members never get theirs
        FormVisitor staff = new FormVisitor();
        TestAccounts.Created sn = TestAccounts.supervisor("ศน.ทดสอบ ดูแลความเห็น");
        staff.signIn(site, sn.username(), sn.password());
        String theirs = staff.get(site, path).body();
        assertTrue(theirs.contains("nt-hide-comment") && theirs.contains("ศน.ทดสอบ ดูแลความเห็น"), "staff may hide the comment");
        theirs = staff.get(site, path).body();
        assertTrue(theirs.contains("nt-hide-comment") && !theirs.contains("ครูมาลี อ่านก่อน</span>"), "their own header");
        assertEquals("stateless", FormVisitor.viewState(theirs), "the copy kept for supervisors");
        assertFalse(first.get(site, path).body().contains("nt-hide-comment"), "a member's page has no moderation links");

        // a third member reads the kept page: counted, once
        FormVisitor third = new FormVisitor();
        third.signIn(site, wanna.username(), wanna.password());
        long before = settledViewCount(id);
        // (a browser: requests that do not say what they are, like the ones above, are never counted)
        assertTrue(third.get(site, path, "User-Agent", PHONE).body().contains("ครูวรรณา อ่านท้าย"));
        assertTrue(third.get(site, path, "User-Agent", PHONE).body().contains("ครูวรรณา อ่านท้าย"));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (Http.json(http.get("/api/v1/knowledge/" + id)).getJsonNumber("viewCount").longValue() < before + 1
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(before + 1, settledViewCount(id), "a member reading a kept page is counted, once a day");

        // and signs out from it: the frame's form is stateless there too, and carries what the post needs
        String kept = third.get(site, path, "User-Agent", PHONE).body();
        java.util.Map<String, String> signOut = new java.util.LinkedHashMap<>(FormVisitor.hiddenFields(kept, "shellForm"));
        signOut.put("signOut", "");
        signOut.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> out = third.post(site, "/views/knowledge/item.xhtml", signOut);
        assertEquals(302, out.statusCode(), out.body());
        assertTrue(third.get(site, "/account/").statusCode() >= 300, "signed out");
    }

    private static String formToken(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"nithet-form-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the page's forms carry a token");
        return m.group(1);
    }

    /** The item's view count once the views read so far are written (in batches, every two seconds). */
    private long settledViewCount(long id) throws InterruptedException {
        long was;
        long now = Http.json(http.get("/api/v1/knowledge/" + id)).getJsonNumber("viewCount").longValue();
        do {
            was = now;
            Thread.sleep(2_500);
            now = Http.json(http.get("/api/v1/knowledge/" + id)).getJsonNumber("viewCount").longValue();
        } while (now != was);
        return now;
    }

    private long create(String credentials, String json) {
        HttpResponse<String> created = http.send("POST", "/api/v1/knowledge", json, "Authorization", credentials);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> upload(long id, String name, byte[] content, String credentials) {
        return http.sendBytes("POST", "/api/v1/content/" + id + "/attachments?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                content, "application/octet-stream", "Authorization", credentials);
    }

    private int pageStatus(String path, String credentials) throws Exception {
        var browserLike = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).cookieHandler(new java.net.CookieManager()).build();
        if (credentials != null) {
            String[] user = new String(java.util.Base64.getDecoder().decode(credentials.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            try (Browser browser = new Browser(Portal.local(base))) {
                browser.signIn(user[0], user[1]);
                browser.open(path);
                return browser.driver().getPageSource().contains("ไม่มีสิทธิ์เข้าถึง") ? 403
                        : browser.driver().getPageSource().contains("ไม่พบหน้าที่ต้องการ") ? 404 : 200;
            }
        }
        return browserLike.send(java.net.http.HttpRequest.newBuilder(http.uri(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<Long> ids(HttpResponse<String> page) {
        return Http.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static String supervisor() throws Exception {
        return TestAccounts.supervisorCredentials("ศน.ทดสอบ เนื้อหา");
    }

    private static String member() throws Exception {
        return TestAccounts.memberCredentials("ครูทดสอบ เนื้อหา");
    }

    private static long countFiles(Path store) throws Exception {
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A one-page PDF with this text, made with PDFBox (which Tika brings). */
    static byte[] pdf(String text) throws Exception {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text.replaceAll("[^\\x20-\\x7E]", "").strip());
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
