package th.nithet.honours;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.nithet.platform.pdf.ThaiPdfTest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An honour's certificate as people get it: its page rendered to PNG and compared with the one
 * looked at and kept ({@code src/test/resources/pdf/honour-certificate.png}); its QR code opens the
 * verification page; its Thai reads back as written.
 */
class HonourCertificateTest {

    static final HonourCertificate.Text SAMPLE = new HonourCertificate.Text(
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", "นางสาวปิ่นแก้ว ผู้ใหญ่ยิ่ง",
            "ครูผู้สอนดีเด่น กลุ่มสาระการเรียนรู้ภาษาไทย", AwardLevel.AREA,
            "เป็นผู้มีผลงานการปฏิบัติที่เป็นเลิศ ด้านการพัฒนาการอ่านออกเขียนได้ของนักเรียน ปีการศึกษา 2568",
            LocalDate.of(2026, 1, 16), "นายสมชาย ใจดี", "https://nithet.example.org/honours/verify/AB23CD45EF67", "AB23CD45EF67");

    @Test
    void theCertificateLooksLikeTheOneCheckedByEyeAndItsCodeOpensTheVerificationPage() throws Exception {
        byte[] pdf = HonourCertificate.pdf(SAMPLE);
        BufferedImage page;
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            page = new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.GRAY);
            text = new PDFTextStripper().getText(document);
        }
        Path out = Files.createDirectories(Path.of("target", "pdf"));
        ImageIO.write(page, "png", out.resolve("honour-certificate.png").toFile());

        BufferedImage fixture;
        try (InputStream in = getClass().getResourceAsStream("/pdf/honour-certificate.png")) {
            assertNotNull(in, "no fixture: look at target/pdf/honour-certificate.png and, if the Thai is right, "
                    + "copy it to src/test/resources/pdf/");
            fixture = ImageIO.read(in);
        }
        int differing = ThaiPdfTest.differingBlocks(fixture, page);
        assertTrue(differing <= ThaiPdfTest.MAX_DIFFERING_BLOCKS, differing + " blocks differ from the fixture: compare "
                + "target/pdf/honour-certificate.png with src/test/resources/pdf/honour-certificate.png");

        for (String expected : new String[]{"นางสาวปิ่นแก้ว ผู้ใหญ่ยิ่ง", "ครูผู้สอนดีเด่น", "ระดับเขตพื้นที่การศึกษา",
                "ให้ไว้ ณ วันที่ ๑๖ มกราคม พ.ศ. ๒๕๖๙", "ปีการศึกษา", "๒๕๖๘", "(นายสมชาย ใจดี)", "AB23CD45EF67"}) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }

        BufferedImage sharp;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            sharp = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
        }
        int[] pixels = sharp.getRGB(0, 0, sharp.getWidth(), sharp.getHeight(), null, 0, sharp.getWidth());
        var qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(sharp.getWidth(),
                sharp.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertEquals(SAMPLE.verificationUrl(), qr.getText());
    }
}
