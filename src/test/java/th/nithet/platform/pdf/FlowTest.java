package th.nithet.platform.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parts of the flow that report layouts lean on: {@link PdfBuilder#numberedList} (numbers in the digits asked
 * for, wrapped lines hanging under the text) and headings that do not stay behind at the foot of a page.
 */
class FlowTest {

    private static final String LONG = "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต ๑ เรื่อง แต่งตั้งคณะกรรมการนิเทศ ติดตาม"
            + " และประเมินผลการจัดการศึกษา ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ให้ครอบคลุมสถานศึกษาในสังกัดทุกแห่ง";

    @Test
    void itemsAreNumberedAndTheirLinesHangUnderTheText() throws IOException {
        byte[] pdf = PdfBuilder.a4Portrait()
                .numberedList(List.of(LONG, "รายงานการประชุม\nhttps://nithet.example.org/evidence/2569/minutes.pdf",
                        "", "ข้อ ๔", "ข้อ ๕", "ข้อ ๖", "ข้อ ๗", "ข้อ ๘", "ข้อ ๙", "ข้อ ๑๐"), true)
                .toBytes();
        List<Line> lines = lines(pdf);
        String all = String.join("\n", lines.stream().map(Line::text).toList());
        assertTrue(all.contains("๑."), all);
        assertTrue(all.contains("๑๐."), all);
        assertTrue(all.contains("https://nithet.example.org/evidence/2569/minutes.pdf"), "a link is not changed: " + all);

        float numberX = lines.get(0).x();
        Line first = lines.stream().filter(l -> l.text().startsWith("คำสั่ง")).findFirst().orElseThrow();
        assertTrue(first.x() > numberX + 8, "the text stands right of its number: " + lines);
        List<Line> hanging = lines.stream().filter(l -> !l.text().matches("[๐-๙]+\\.") && !l.text().isBlank()).toList();
        assertTrue(hanging.size() >= 4, "the long item wraps: " + lines);
        for (Line line : hanging) {
            // every line of text, wrapped or broken, starts where the text of the widest number does
            assertEquals(first.x(), line.x(), 0.5, line.text());
        }
    }

    @Test
    void arabicNumbersWhenAsked() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(PdfBuilder.a4Portrait().numberedList(List.of("หนึ่ง", "สอง"), false).toBytes())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("1.") && text.contains("2."), text);
        assertFalse(text.contains("๑."), text);
    }

    @Test
    void aHeadingGoesOverToTheNextPageWithTheLineAfterIt() throws IOException {
        PdfBuilder builder = PdfBuilder.a4Portrait();
        TextStyle style = TextStyle.BODY.withSize(18).withBold(true);
        // room for the heading, not for the line after it
        builder.space(builder.contentHeight() - builder.lineHeight(style) - 2);
        byte[] pdf = builder.heading("๕. ข้อเสนอแนะอื่นๆ", style).paragraph("ไม่มี").toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("๕. ข้อเสนอแนะอื่นๆ") && second.contains("ไม่มี"), second);
        }
        // where both fit, they stay
        PdfBuilder roomy = PdfBuilder.a4Portrait();
        roomy.space(roomy.contentHeight() - roomy.lineHeight(style) - roomy.lineHeight(TextStyle.BODY) - 2);
        try (PDDocument document = Loader.loadPDF(roomy.heading("หัวข้อ", style).paragraph("ไม่มี").toBytes())) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    private record Line(String text, float x) {
    }

    /** Each piece of text PDFBox reads as one run, with the x of its first glyph. */
    private static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    lines.add(new Line(text.strip(), positions.get(0).getXDirAdj()));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        }
        return lines;
    }
}
