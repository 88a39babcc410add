package th.nithet.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import th.nithet.platform.pdf.PdfBuilder;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.nithet.reports.YearlyReportSamples.EVIDENCE_URL;
import static th.nithet.reports.YearlyReportSamples.LONG_END;

/**
 * The yearly report's PDF read back as a viewer's copy and search would, and its pages written to
 * {@code target/reports/} as PNG to be looked at (tone marks, the figures table, nothing cut off).
 */
class YearlyReportPdfTest {

    private static final Path OUT = Path.of("target", "reports");
    /** Where the text ends, in points from the top: A4 less the bottom margin (20 mm). */
    private static final float TEXT_BOTTOM = 841.89f - PdfBuilder.mm(20);

    @Test
    void theReportReadsAsWrittenInThaiDigitsAndRunsOverPages() throws IOException {
        byte[] pdf = YearlyReportPdf.render(YearlyReportSamples.seedLike());
        List<String> pages = pages(pdf, "yearly-report");
        String text = String.join("\n", pages);
        Files.writeString(OUT.resolve("yearly-report.txt"), text);

        for (String expected : List.of("รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต ๑", "ผู้จัดทำ นางสาวสมศรี ใจงาม ศึกษานิเทศก์",
                "จัดทำเมื่อวันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๙",
                "ตัวชี้วัด ๑: " + YearlyReportSamples.INDICATOR,
                "ค่าเป้าหมาย ร้อยละ ๘๐ · ผล ร้อยละ ๑๐๐.๐๐ · ระดับคุณภาพ ๔",
                "โครงการ ๒: โครงการพัฒนาข้าราชการครูและบุคลากรทางการศึกษา (School PA Support PLG๒)",
                "๑. ผลการดำเนินงาน", "ผลเชิงปริมาณ", "ผลเชิงคุณภาพ",
                "๒. ปัญหา/อุปสรรค แนวทางการแก้ไขปัญหา/อุปสรรค และผลที่คาดว่าจะได้รับ", "แนวทางการแก้ไขปัญหา/อุปสรรค",
                "๓. รูปแบบ หรือแนวทางที่ดี หรือนวัตกรรมที่เกิดขึ้น", "๔. ปัจจัยแห่งความสำเร็จ", "๕. ข้อเสนอแนะอื่นๆ",
                "๖. หลักฐาน/ร่องรอย",
                "ครูที่ได้รับการพัฒนา: ๙๙๘ คน (เป้าหมาย ๙๙๘ คน, ๑๐๐.๐๐%)", "โรงเรียนที่เข้าร่วม: ๒๗ โรงเรียน",
                "รายการ", "เป้าหมาย", "ร้อยละ", "๑๐๐.๐๐%",
                "จำนวน ๑,๐๙๑ ราย", "๒.๑ ข้าราชการครู จำนวน ๑๓๑ ราย", "- ๑) ข้าราชการครู",
                "คำสั่งแต่งตั้งคณะกรรมการประเมิน ครั้งที่ ๑๕/๒๕๖๙", EVIDENCE_URL, "ภาพกิจกรรมการประชุมชี้แจง",
                "ผู้ใหญ่ในสำนักงานให้ขวัญกำลังใจ", "ร้อยละ ๙๖.๙๗", LONG_END)) {
            // lines are wrapped where they fit, between Thai words or at a space
            assertTrue(unwrapped(text).contains(unwrapped(expected)), "the PDF lacks \"" + expected + "\":\n" + text);
        }
        // Thai digits throughout; the link alone keeps its own
        String withoutLinks = text.replace(EVIDENCE_URL, "");
        assertFalse(Pattern.compile("[0-9]").matcher(withoutLinks).find(), "Arabic digits left in:\n" + withoutLinks);
        // blanks: the indicator's suggestions; the project's problems, solutions, expected results and evidence
        String unpaged = text.replaceAll("หน้า [๐-๙]+/[๐-๙]+", "");
        assertTrue(Pattern.compile("๕\\. ข้อเสนอแนะอื่นๆ\\s+ไม่มี\\s+๖\\.").matcher(unpaged).find(), text);
        assertTrue(Pattern.compile("ปัญหา/อุปสรรค\\s+ไม่มี\\s+แนวทางการแก้ไขปัญหา/อุปสรรค\\s+ไม่มี\\s+ผลที่คาดว่าจะได้รับ\\s+ไม่มี")
                .matcher(unpaged).find(), text);
        assertTrue(unpaged.strip().endsWith("๖. หลักฐาน/ร่องรอย\nไม่มี"),
                "the project has no evidence: " + text.substring(text.length() - 200));

        assertTrue(pages.size() > 2, pages.size() + " pages");
        int projectStarts = indexOf(pages, "โครงการ ๒:");
        int longTextEnds = indexOf(pages, LONG_END);
        assertTrue(longTextEnds > projectStarts, "the long text runs over a page: from page " + (projectStarts + 1)
                + " to " + (longTextEnds + 1));
        for (int p = 0; p < pages.size(); p++) {
            String number = "หน้า " + ReportWords.number(p + 1) + "/" + ReportWords.number(pages.size());
            assertTrue(pages.get(p).contains(number), "page " + (p + 1) + " lacks " + number);
        }
        // nothing is drawn past the bottom margin but the page number
        for (Line line : lines(pdf)) {
            if (!line.text().startsWith("หน้า ")) {
                assertTrue(line.baseline() <= TEXT_BOTTOM, "below the text on page " + line.page() + ": " + line);
            }
        }
    }

    @Test
    void aReportWithoutSectionsIsTheTitleBlockAndOneLine() throws IOException {
        List<String> pages = pages(YearlyReportPdf.render(YearlyReportSamples.empty()), "yearly-report-empty");
        assertEquals(1, pages.size());
        String text = pages.get(0);
        for (String expected : List.of("รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
                "ยังไม่มีตัวชี้วัดหรือโครงการในปีงบประมาณนี้", "หน้า ๑/๑")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains("๑. ผลการดำเนินงาน"), text);
    }

    /** Each page's text; each page also saved as PNG at 100 dpi for people to look at. */
    private static List<String> pages(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
                ImageIO.write(renderer.renderImageWithDPI(p - 1, 100, ImageType.GRAY), "png",
                        OUT.resolve(name + "-p" + p + ".png").toFile());
            }
        }
        return pages;
    }

    private static String unwrapped(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static int indexOf(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    private record Line(int page, String text, float baseline) {
    }

    private static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    float baseline = 0;
                    for (TextPosition position : positions) {
                        baseline = Math.max(baseline, position.getYDirAdj());
                    }
                    lines.add(new Line(getCurrentPageNo(), text, baseline));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        return lines;
    }
}
