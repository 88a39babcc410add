package th.nithet.platform.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thai in PDFs, checked the way a reader sees it: the first page of a sample document is rendered and
 * compared with a picture that was looked at by eye and kept (src/test/resources/pdf/sample-page1.png),
 * and the text is read back out as a viewer's copy and search would.
 *
 * <p>The comparison averages the page over 4×4-pixel blocks (1 mm at 100 dpi) and counts the blocks whose
 * grey differs by more than {@link #BLOCK_TOLERANCE} from the same block, or from it moved by a pixel, of
 * the new rendering. Anti-aliasing and rounding spread faint differences over the edges of every glyph,
 * which the averaging and the pixel of play swallow (the page drawn half a pixel off passes); marks drawn
 * in the wrong places, a missing word or a line moved by two pixels turn blocks from ink to paper and
 * count. Rendering without the font's rules (as PDFBox's showText draws Thai) has to fail it.
 */
public class ThaiPdfTest {

    /** Every kind of stacking Thai has: tone over upper vowel, over ป, lower vowels, ญ without its tail, sara am. */
    static final String STACKED = "ที่ ปี่ นี้ ทำ ก่ำ น้ำ ญ ฐ กตัญญู ผู้ใหญ่ ครู กิ่งก้าน ศึกษานิเทศก์ ปฏิบัติ ฤดู ฎีกา ปั้น ฝั่ง ฟื้น ๒๕๖๙";
    static final String PARAGRAPH = "ศึกษานิเทศก์ได้ออกนิเทศ ติดตาม และประเมินผลการจัดการเรียนรู้ของครูผู้สอนในโรงเรียนขนาดเล็ก"
            + " ภาคเรียนที่ ๑ ปีการศึกษา ๒๕๖๙ พบว่าครูใช้สื่อ Active Learning และแผนการจัดการเรียนรู้ (Lesson Plan) อย่างต่อเนื่อง"
            + " ผู้ใหญ่บ้านและคณะกรรมการสถานศึกษาให้ความร่วมมือเป็นอย่างดี";
    static final String VERIFY_URL = "https://nithet.example/verify/2569-0001-AB12";

    private static final float DPI = 100;
    private static final int BLOCK = 4;
    /** Pixels a block may have moved and still match. */
    private static final int SHIFT = 1;
    private static final int BLOCK_TOLERANCE = 40;
    /**
     * Blocks that may differ before a page counts as different. Measured on this page: the same renderer
     * 0; drawn half a pixel or a pixel off, or with strokes normalised, 0; without the font's rules 83;
     * everything two pixels lower 170, two to the right 703. One missing tone mark is too small to count at
     * 100 dpi (a mark is two pixels wide): {@link ShaperTest} checks marks one by one.
     */
    public static final int MAX_DIFFERING_BLOCKS = 8;
    private static final Path OUT = Path.of("target", "pdf");

    @BeforeAll
    static void outputFolder() throws IOException {
        Files.createDirectories(OUT);
    }

    static PdfBuilder sample(PdfBuilder pdf) {
        return pdf.metadata("บันทึกการนิเทศ ภาคเรียนที่ ๑/๒๕๖๙", "สำนักงานเขตพื้นที่การศึกษา")
                .pageNumbers()
                .title("บันทึกการนิเทศ ติดตาม ปีการศึกษา ๒๕๖๙")
                .text(STACKED, TextStyle.BODY.withSize(20))
                .paragraph(PARAGRAPH)
                .table(PdfTable.columns(1, 5, 3)
                        .header("ที่", "โรงเรียน / กิจกรรม", "ผลการนิเทศ")
                        .align(Align.CENTER, Align.LEFT, Align.LEFT)
                        .row("๑", "โรงเรียนบ้านหนองผักแว่น ปฏิบัติการสอนแบบบูรณาการ", "ดีเยี่ยม")
                        .row("๒", "โรงเรียนวัดศรีสุพรรณ ผู้ใหญ่ใจดีช่วยจัดกิจกรรมนอกห้องเรียน", "ผ่าน ควรพัฒนาเรื่องการวัดผล"))
                .rule()
                .signature(Signature.of("นางสาวสมศรี ใจงาม", "ศึกษานิเทศก์ชำนาญการพิเศษ"))
                .qrCode(VERIFY_URL, 72, Align.LEFT);
    }

    @Test
    void firstPageLooksLikeTheOneCheckedByEye() throws IOException {
        BufferedImage page = render(sample(PdfBuilder.a4Portrait()).toBytes(), 0, DPI);
        save(page, "sample-page1.png");
        BufferedImage fixture = fixture("sample-page1.png");
        assertEquals(fixture.getWidth(), page.getWidth());
        assertEquals(fixture.getHeight(), page.getHeight());
        int differing = differingBlocks(fixture, page);
        assertTrue(differing <= MAX_DIFFERING_BLOCKS,
                differing + " blocks differ from the fixture: compare target/pdf/sample-page1.png with src/test/resources/pdf/");

        // the tolerance swallows rasterising differences: the page drawn half a pixel off still passes
        BufferedImage nudged = renderNudged(sample(PdfBuilder.a4Portrait()).toBytes(), 0.5);
        int nudgedDiffering = differingBlocks(fixture, nudged);
        assertTrue(nudgedDiffering <= MAX_DIFFERING_BLOCKS, nudgedDiffering + " blocks differ half a pixel off");
    }

    @Test
    void textWithoutTheFontsRulesDoesNotPass() throws IOException {
        BufferedImage unshaped = render(sample(PdfBuilder.a4Portrait().withoutShaping()).toBytes(), 0, DPI);
        save(unshaped, "unshaped-page1.png");
        int differing = differingBlocks(fixture("sample-page1.png"), unshaped);
        assertTrue(differing > 10 * MAX_DIFFERING_BLOCKS, "only " + differing + " blocks differ for unshaped text");
        // for people: the stacked sample at 300 dpi, drawn by PDFBox's showText and by us
        save(top(render(naiveShowText(), 0, 3 * DPI)), "naive-showtext.png");
        save(top(render(PdfBuilder.a4Portrait().text(STACKED, TextStyle.BODY.withSize(20)).toBytes(), 0, 3 * DPI)),
                "shaped-stacked.png");
    }

    @Test
    void textComesBackOutAsTyped() throws IOException {
        byte[] pdf = sample(PdfBuilder.a4Portrait()).toBytes();
        String text = extract(pdf);
        Files.writeString(OUT.resolve("sample.txt"), text);
        for (String word : STACKED.split(" ")) {
            assertTrue(text.contains(word), "extracted text lacks " + word + ":\n" + text);
        }
        for (String word : List.of("ศึกษานิเทศก์", "Active Learning", "โรงเรียนบ้านหนองผักแว่น", "ผลการนิเทศ",
                "(นางสาวสมศรี ใจงาม)", "ศึกษานิเทศก์ชำนาญการพิเศษ", "หน้า 1/1")) {
            assertTrue(text.contains(word), "extracted text lacks " + word + ":\n" + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a reader that ignores /ActualText has each glyph's ToUnicode entry: every glyph has one (the
            // substituted ones too), and together they are the same letters (sara am as its compatibility
            // form); where the reader then puts zero-width marks is its own guess
            List<String> unmapped = new ArrayList<>();
            PDFTextStripper glyphByGlyph = new PDFTextStripper() {
                @Override
                public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                }

                @Override
                public void endMarkedContentSequence() {
                }

                @Override
                protected void processTextPosition(TextPosition position) {
                    if (position.getUnicode() == null || position.getUnicode().isEmpty()) {
                        unmapped.add(position.toString());
                    }
                    super.processTextPosition(position);
                }
            };
            String fromToUnicode = glyphByGlyph.getText(document);
            assertEquals(List.of(), unmapped);
            assertEquals(letters(text), letters(fromToUnicode));

            assertEquals("บันทึกการนิเทศ ภาคเรียนที่ ๑/๒๕๖๙", document.getDocumentInformation().getTitle());
            assertEquals("สำนักงานเขตพื้นที่การศึกษา", document.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void longTextRunsOntoNumberedPagesAndTablesRepeatTheirHeader() throws IOException {
        PdfTable table = PdfTable.columns(1, 6).header("ลำดับ", "รายการที่ตรวจ");
        for (int i = 1; i <= 60; i++) {
            table.row(String.valueOf(i), "การจัดการเรียนรู้ของครูผู้สอน ครั้งที่ " + i);
        }
        PdfBuilder builder = PdfBuilder.a4Portrait().pageNumbers(true).heading("รายงาน").table(table);
        builder.toBytes(); // written twice: the second file is numbered like the first, not twice over
        byte[] pdf = builder.toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                assertTrue(text.contains("รายการที่ตรวจ"), "page " + p + " repeats the header");
                assertTrue(text.contains("หน้า " + thai(p) + "/" + thai(pages)), "page " + p + " is numbered: " + text);
                assertEquals(1, countOccurrences(text, "หน้า "), "page " + p + " is numbered once");
            }
            assertTrue(extract(pdf).contains("ครั้งที่ 60"));
        }
    }

    @Test
    void oddInputStillMakesADocument() throws IOException {
        assertEquals(1, pages(PdfBuilder.a4Portrait().toBytes()), "an empty document is one blank page");
        String url = "https://nithet.example/" + "abcdefghij".repeat(20);
        byte[] pdf = PdfBuilder.a4Portrait()
                .paragraph("คำว่า\u200Bศึกษา\u200Bนิเทศก์ 漢字 😀\tแท็บ\r\nบรรทัดใหม่\n\n" + url)
                .signature(new Signature(null, null, null))
                .table(PdfTable.columns(1).header("ว่าง"))
                .toBytes();
        String text = extract(pdf);
        assertTrue(text.contains("คำว่าศึกษานิเทศก์"), "zero-width spaces are dropped: " + text);
        assertTrue(text.contains("แท็บ") && text.contains("บรรทัดใหม่"), text);
        assertTrue(text.replaceAll("\\s", "").contains(url), "a long link is cut across lines, not lost: " + text);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void thaiWrapsBetweenWords() {
        List<ShapedText> lines = LineBreaker.wrap(PARAGRAPH, PdfFont.REGULAR, 16, 200, Shaper::shape);
        assertTrue(lines.size() > 3);
        StringBuilder joined = new StringBuilder();
        for (ShapedText line : lines) {
            assertTrue(line.width() <= 200, line.text() + " is " + line.width() + " wide");
            joined.append(line.text());
        }
        assertEquals(PARAGRAPH.replace(" ", ""), joined.toString().replace(" ", ""), "nothing lost or repeated");
        for (ShapedText line : lines) {
            // no line starts with something that cannot start a Thai word: a vowel sign or tone mark
            char first = line.text().charAt(0);
            assertTrue("ะัาำิีึืุูเแโใไ็่้๊๋์ๆ".indexOf(first) < 0 || "เแโใไ".indexOf(first) >= 0, line.text());
        }
        String words = "ศึกษานิเทศก์";
        assertTrue(lines.stream().anyMatch(l -> l.text().contains(words)), "ศึกษานิเทศก์ is kept whole");
    }

    @Test
    void certificateIsLandscapeWithAReadableQrCode() throws Exception {
        byte[] pdf = Certificate.create()
                .metadata("เกียรติบัตร", "สำนักงานเขตพื้นที่การศึกษา")
                .line("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา เขต ๑", 24, true)
                .line("เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า", 22, false)
                .line("นางสาวปิ่นแก้ว ผู้ใหญ่ยิ่ง", 40, true)
                .line("ได้ผ่านการอบรมเชิงปฏิบัติการ การนิเทศภายในสถานศึกษา", 22, false)
                .line("ให้ไว้ ณ วันที่ ๑๕ สิงหาคม พ.ศ. ๒๕๖๙", 18, false)
                .signatures(Signature.of("นายสมชาย ใจดี", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"))
                .verification(VERIFY_URL, "สแกนเพื่อตรวจสอบเกียรติบัตร")
                .toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "landscape");
        }
        BufferedImage page = render(pdf, 0, 150);
        save(page, "certificate.png");
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertEquals(VERIFY_URL, result.getText());
        String text = extract(pdf);
        assertTrue(text.contains("นางสาวปิ่นแก้ว ผู้ใหญ่ยิ่ง"), text);
        assertTrue(text.contains("เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า"), text);
    }

    @Test
    void imagesArePlacedAndKeptOnce() throws IOException {
        BufferedImage logo = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) {
                logo.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0x1F4E79 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        byte[] bytes = png.toByteArray();
        byte[] pdf = PdfBuilder.a4Portrait()
                .image(bytes, 60, 60, Align.CENTER)
                .paragraph("ตราสัญลักษณ์")
                .newPage()
                .imageAt(bytes, 100, 100, 60, 60)
                .toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.RGB);
            // centred between the margins (30 mm left, 20 mm right), 25 mm down: its top-left square is blue
            float imageLeft = PdfBuilder.mm(30) + (PDRectangle.A4.getWidth() - PdfBuilder.mm(50) - 60) / 2;
            assertBlue(first.getRGB(Math.round(imageLeft + 5), Math.round(PdfBuilder.mm(25) + 5)));
            assertEquals(0xFFFFFF, first.getRGB(Math.round(imageLeft - 5), Math.round(PdfBuilder.mm(25) + 5)) & 0xFFFFFF);
            BufferedImage second = new PDFRenderer(document).renderImageWithDPI(1, 72, ImageType.RGB);
            assertBlue(second.getRGB(105, 105));
        }
        // one image object for both pages
        assertEquals(1, countOccurrences(new String(pdf, StandardCharsets.ISO_8859_1), "/Subtype /Image"));
    }

    /** The letters of a text, in no particular order, compatibility forms folded (ำ as ํ and า). */
    private static String letters(String text) {
        int[] codePoints = Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c)).sorted().toArray();
        return new String(codePoints, 0, codePoints.length);
    }

    private static void assertBlue(int argb) {
        int rgb = argb & 0xFFFFFF;
        assertTrue((rgb & 0xFF) > 0x60 && (rgb >> 16) < 0x40, Integer.toHexString(rgb));
    }

    private static int countOccurrences(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    // ----- helpers -----

    /** The same words drawn with PDFBox alone (showText with the font embedded): what we avoid. For people to look at. */
    private static byte[] naiveShowText() throws IOException {
        try (PDDocument document = new PDDocument(); InputStream font = PdfFont.class.getResourceAsStream("/fonts/Laksaman.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font type0 = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(type0, 20);
                content.newLineAtOffset(PdfBuilder.mm(30), PDRectangle.A4.getHeight() - PdfBuilder.mm(25) - 25);
                content.showText(STACKED.substring(0, STACKED.indexOf("ศึกษา")));
                content.newLineAtOffset(0, -33);
                content.showText(STACKED.substring(STACKED.indexOf("ศึกษา")));
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The two lines of the stacked sample, with the margin left of them cut off. */
    private static BufferedImage top(BufferedImage page) {
        int left = (int) (page.getWidth() * 0.12);
        return page.getSubimage(left, (int) (page.getHeight() * 0.07), page.getWidth() - 2 * left / 3 - left,
                (int) (page.getHeight() * 0.105));
    }

    private static BufferedImage render(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
        }
    }

    /** Page 1 at DPI, moved right and down by a fraction of a pixel: anti-aliasing falls differently. */
    private static BufferedImage renderNudged(byte[] pdf, double pixels) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            float scale = DPI / 72;
            BufferedImage image = new BufferedImage(Math.round(box.getWidth() * scale), Math.round(box.getHeight() * scale),
                    BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, image.getWidth(), image.getHeight());
            g.translate(pixels, pixels);
            new PDFRenderer(document).renderPageToGraphics(0, g, scale);
            g.dispose();
            return image;
        }
    }

    private static String extract(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void save(BufferedImage image, String name) throws IOException {
        ImageIO.write(image, "png", OUT.resolve(name).toFile());
    }

    private static BufferedImage fixture(String name) throws IOException {
        try (InputStream in = ThaiPdfTest.class.getResourceAsStream("/pdf/" + name)) {
            assertNotNull(in, "no fixture " + name + ": look at target/pdf/" + name
                    + " and, if the Thai is right, copy it to src/test/resources/pdf/");
            return ImageIO.read(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    /**
     * Blocks of BLOCK×BLOCK pixels of {@code expected} whose mean grey differs by more than BLOCK_TOLERANCE
     * (of 255) from the same block of {@code actual} and from that block moved by one pixel in any
     * direction: a renderer that rounds an edge to the next pixel does not count, a mark drawn a few
     * pixels off does.
     */
    public static int differingBlocks(BufferedImage expected, BufferedImage actual) {
        return differingBlocks(expected, actual, SHIFT);
    }

    static int differingBlocks(BufferedImage expected, BufferedImage actual, int shift) {
        int differing = 0;
        for (int by = 1; by + BLOCK + 1 <= expected.getHeight(); by += BLOCK) {
            for (int bx = 1; bx + BLOCK + 1 <= expected.getWidth(); bx += BLOCK) {
                int want = blockSum(expected, bx, by);
                int best = Integer.MAX_VALUE;
                for (int dy = -shift; dy <= shift && best > 0; dy++) {
                    for (int dx = -shift; dx <= shift && best > 0; dx++) {
                        best = Math.min(best, Math.abs(want - blockSum(actual, bx + dx, by + dy)));
                    }
                }
                if (best > BLOCK_TOLERANCE * BLOCK * BLOCK) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static int blockSum(BufferedImage image, int left, int top) {
        int sum = 0;
        for (int y = top; y < top + BLOCK; y++) {
            for (int x = left; x < left + BLOCK; x++) {
                sum += image.getRaster().getSample(x, y, 0);
            }
        }
        return sum;
    }

    private static String thai(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            s.append((char) ('๐' + c - '0'));
        }
        return s.toString();
    }
}
