package th.nithet.reports;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
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
 * The yearly report's DOCX opened again as Word would read it: the headings as heading styles, the form's
 * tables, TH Sarabun New in every slot of every run (Thai is set from the complex-script one), A4 with a
 * 3 cm left margin. Written to {@code target/reports/yearly-report.docx} to be opened by people.
 */
class YearlyReportDocxTest {

    private static final String FONT = "TH Sarabun New";

    @Test
    void theReportHasTheFormsHeadingsAndTablesInTheThaiFont() throws IOException {
        byte[] docx = YearlyReportDocx.render(YearlyReportSamples.seedLike());
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "yearly-report.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> heading1 = styled(doc, "Heading1");
            assertEquals(List.of("ตัวชี้วัด ๑: " + YearlyReportSamples.INDICATOR,
                    "โครงการ ๒: โครงการพัฒนาข้าราชการครูและบุคลากรทางการศึกษา (School PA Support PLG๒)"), heading1);
            List<String> heading2 = styled(doc, "Heading2");
            List<String> perSection = List.of("๑. ผลการดำเนินงาน",
                    "๒. ปัญหา/อุปสรรค แนวทางการแก้ไขปัญหา/อุปสรรค และผลที่คาดว่าจะได้รับ",
                    "๓. รูปแบบ หรือแนวทางที่ดี หรือนวัตกรรมที่เกิดขึ้น", "๔. ปัจจัยแห่งความสำเร็จ", "๕. ข้อเสนอแนะอื่นๆ",
                    "๖. หลักฐาน/ร่องรอย");
            List<String> twice = new ArrayList<>(perSection);
            twice.addAll(perSection);
            assertEquals(twice, heading2);
            assertEquals("Title", doc.getParagraphs().get(0).getStyle());
            assertEquals("รายงานผลการดำเนินงาน", doc.getParagraphs().get(0).getText());
            String all = text(doc);
            for (String expected : List.of("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต ๑",
                    "จัดทำเมื่อวันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๙", "ค่าเป้าหมาย ร้อยละ ๘๐ · ผล ร้อยละ ๑๐๐.๐๐ · ระดับคุณภาพ ๔",
                    "- ๒) สำนักงานเขตพื้นที่การศึกษา", "ให้ขวัญกำลังใจ", "กล้องสำหรับการถ่ายทำ Video", LONG_END)) {
                assertTrue(all.contains(expected), expected + " in:\n" + all);
            }
            assertFalse(Pattern.compile("[0-9]").matcher(all.replace(EVIDENCE_URL, "")).find(), "Arabic digits left in:\n" + all);

            // indicator: results, figures, problems; project (no figures): results, problems
            List<XWPFTable> tables = doc.getTables();
            assertEquals(5, tables.size());
            XWPFTable results = tables.get(0);
            assertEquals(List.of("ผลเชิงปริมาณ", "ผลเชิงคุณภาพ"), cells(results.getRow(0)));
            assertEquals(2, results.getRows().size());
            String quantitative = results.getRow(1).getCell(0).getText();
            assertTrue(quantitative.startsWith("ครูที่ได้รับการพัฒนา: ๙๙๘ คน (เป้าหมาย ๙๙๘ คน, ๑๐๐.๐๐%)"
                    + "โรงเรียนที่เข้าร่วม: ๒๗ โรงเรียน๑. ข้าราชการครูและบุคลากรทางการศึกษาในสังกัด จำนวน ๑,๐๙๑ ราย"), quantitative);
            // each line of staff's text is a paragraph of its own: list items stay items
            assertEquals(6, results.getRow(1).getCell(0).getParagraphs().size());
            assertTrue(results.getRow(1).getCell(1).getText().startsWith("ข้าราชการครูและบุคลากรทางการศึกษามีความรู้"));

            XWPFTable figures = tables.get(1);
            assertEquals(List.of("รายการ", "ผล", "เป้าหมาย", "ร้อยละ"), cells(figures.getRow(0)));
            assertEquals(List.of("ครูที่ได้รับการพัฒนา", "๙๙๘ คน", "๙๙๘ คน", "๑๐๐.๐๐%"), cells(figures.getRow(1)));
            assertEquals(List.of("โรงเรียนที่เข้าร่วม", "๒๗ โรงเรียน", "", ""), cells(figures.getRow(2)));
            assertEquals(3, figures.getRows().size());
            assertTrue(figures.getRow(0).isRepeatHeader());

            XWPFTable problems = tables.get(2);
            assertEquals(List.of("ปัญหา/อุปสรรค", "แนวทางการแก้ไขปัญหา/อุปสรรค", "ผลที่คาดว่าจะได้รับ"), cells(problems.getRow(0)));
            assertEquals(3, problems.getRow(1).getTableCells().size());
            assertTrue(problems.getRow(1).getCell(0).getText().startsWith("ข้าราชการครูบางส่วน"));
            // blank texts say so
            assertEquals(List.of("ไม่มี", "ไม่มี", "ไม่มี"), cells(tables.get(4).getRow(1)));
            assertEquals("ไม่มี", after(doc, "๕. ข้อเสนอแนะอื่นๆ", 0));
            assertEquals("ไม่มี", after(doc, "๖. หลักฐาน/ร่องรอย", 1));
            assertTrue(tables.get(3).getRow(1).getCell(0).getText().startsWith("ข้าราชการครูฯ ขอมีวิทยฐานะ"),
                    "no figures: the text alone, no ไม่มี before it");

            XWPFParagraph evidence = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("๑.\tคำสั่งแต่งตั้งคณะกรรมการประเมิน ครั้งที่ ๑๕/๒๕๖๙")).findFirst().orElseThrow();
            XWPFHyperlinkRun link = evidence.getRuns().stream().filter(r -> r instanceof XWPFHyperlinkRun)
                    .map(r -> (XWPFHyperlinkRun) r).findFirst().orElseThrow();
            assertEquals(EVIDENCE_URL, link.getHyperlink(doc).getURL());
            assertEquals(EVIDENCE_URL, link.text());

            // every run: the font in all four slots; Thai's size (szCs) as the Latin one; bold for Thai too
            int checked = 0;
            for (XWPFRun run : runs(doc)) {
                if (run.text().isEmpty()) {
                    continue;
                }
                CTRPr rPr = run.getCTR().getRPr();
                CTFonts fonts = rPr.getRFontsArray(0);
                assertEquals(List.of(FONT, FONT, FONT, FONT), List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getEastAsia(),
                        fonts.getCs()), run.text());
                assertEquals(rPr.getSzArray(0).getVal(), rPr.getSzCsArray(0).getVal(), run.text());
                assertEquals(rPr.sizeOfBArray(), rPr.sizeOfBCsArray(), run.text());
                List<String> order = elements(rPr);
                assertEquals(order.stream().sorted((a, b) -> RPR_ORDER.indexOf(a) - RPR_ORDER.indexOf(b)).toList(), order,
                        "run properties in the schema's order, as Word wants them: " + run.text());
                checked++;
            }
            assertTrue(checked > 60, checked + " runs");
            XWPFRun body = runs(doc).stream().filter(r -> r.text().equals("ไม่มี")).findFirst().orElseThrow();
            assertEquals(BigInteger.valueOf(32), body.getCTR().getRPr().getSzCsArray(0).getVal(), "16 pt");
            XWPFRun heading = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst()
                    .orElseThrow().getRuns().get(0);
            assertEquals(1, heading.getCTR().getRPr().sizeOfBCsArray(), "headings are bold in Thai as well");

            CTSectPr page = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), page.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), page.getPgSz().getH());
            assertEquals(BigInteger.valueOf(1701), page.getPgMar().getLeft(), "3 cm for binding");
            assertTrue(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetOutlineLvl());
        }
    }

    @Test
    void aReportWithoutSectionsIsTheTitleBlockAndOneLine() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(YearlyReportDocx.render(YearlyReportSamples.empty())))) {
            assertEquals(0, doc.getTables().size());
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(List.of("รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
                    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต ๑", "ผู้จัดทำ นางสาวสมศรี ใจงาม",
                    "จัดทำเมื่อวันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๙", "ยังไม่มีตัวชี้วัดหรือโครงการในปีงบประมาณนี้"), paragraphs);
        }
    }

    /** The elements of a run's properties (those written here), in the order of ECMA-376's CT_RPr. */
    private static final List<String> RPR_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "color", "sz", "szCs", "u", "lang");

    private static List<String> elements(CTRPr rPr) {
        List<String> names = new ArrayList<>();
        try (XmlCursor cursor = rPr.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                String name = cursor.getName().getLocalPart();
                assertTrue(RPR_ORDER.contains(name), name);
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** The paragraph after the {@code nth} (from 0) body paragraph that reads {@code heading}. */
    private static String after(XWPFDocument doc, String heading, int nth) {
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        int seen = 0;
        for (int i = 0; i < paragraphs.size() - 1; i++) {
            if (paragraphs.get(i).getText().equals(heading) && seen++ == nth) {
                return paragraphs.get(i + 1).getText();
            }
        }
        throw new AssertionError(heading + " #" + nth);
    }

    /** The body's text in order, tables included. */
    private static String text(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                text.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                runs.addAll(p.getRuns());
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            runs.addAll(p.getRuns());
                        }
                    }
                }
            }
        }
        return runs;
    }
}
