package th.nithet.reports;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;

import static th.nithet.reports.ReportWords.EVIDENCE;
import static th.nithet.reports.ReportWords.EXPECTED;
import static th.nithet.reports.ReportWords.FIGURE_COLUMNS;
import static th.nithet.reports.ReportWords.GOOD_PRACTICE;
import static th.nithet.reports.ReportWords.NONE;
import static th.nithet.reports.ReportWords.NO_SECTIONS;
import static th.nithet.reports.ReportWords.PROBLEMS;
import static th.nithet.reports.ReportWords.PROBLEMS_HEADING;
import static th.nithet.reports.ReportWords.QUALITATIVE;
import static th.nithet.reports.ReportWords.QUANTITATIVE;
import static th.nithet.reports.ReportWords.RESULTS;
import static th.nithet.reports.ReportWords.SOLUTIONS;
import static th.nithet.reports.ReportWords.SUCCESS_FACTORS;
import static th.nithet.reports.ReportWords.SUGGESTIONS;
import static th.nithet.reports.ReportWords.TITLE;

/**
 * The yearly report as a Word document (Apache POI XWPF), for staff to edit further in Word or LibreOffice:
 * the same words as {@link YearlyReportPdf}, with the form's real tables, A4, 3 cm left margin, TH Sarabun
 * New 16 pt. Headings are Word's heading styles, so the navigation pane and a table of contents find them.
 */
public final class YearlyReportDocx {

    static final String FONT = "TH Sarabun New";
    /** Points; Word counts half-points. */
    static final int BODY_SIZE = 16;
    private static final int TITLE_SIZE = 24;
    private static final int HEADING_SIZE = 20;
    private static final int SUBHEADING_SIZE = 18;
    /** Twips (1/20 pt, 567 to the centimetre): A4 and the margins of the PDF. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1418;
    private static final int MARGIN_RIGHT = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final String HEADER_SHADE = "D9D9D9";
    private static final String LINK_COLOUR = "0563C1";

    private YearlyReportDocx() {
    }

    public static byte[] render(YearlyReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            centred(doc, "Title", TITLE, TITLE_SIZE, true);
            centred(doc, null, ReportWords.fiscalYear(report), SUBHEADING_SIZE, true);
            centred(doc, null, ReportWords.thai(report.officeName()), SUBHEADING_SIZE, true);
            for (String line : new String[]{ReportWords.preparedBy(report), ReportWords.preparedOn(report)}) {
                if (!line.isEmpty()) {
                    centred(doc, null, line, BODY_SIZE, false);
                }
            }
            List<ReportSection> sections = ReportWords.sections(report);
            if (sections.isEmpty()) {
                run(doc.createParagraph(), NO_SECTIONS, false, BODY_SIZE);
            }
            for (int i = 0; i < sections.size(); i++) {
                section(doc, sections.get(i), i + 1);
            }
            page(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFDocument doc, ReportSection section, int n) {
        ReportTexts texts = ReportWords.texts(section);
        List<ReportFigure> figures = ReportWords.figures(section);
        heading(doc, "Heading1", ReportWords.heading(section, n), HEADING_SIZE);
        if (!ReportWords.isBlank(section.summary())) {
            run(doc.createParagraph(), ReportWords.thai(section.summary().strip()), false, BODY_SIZE);
        }

        heading(doc, "Heading2", RESULTS, SUBHEADING_SIZE);
        XWPFTable results = table(doc, 2, new int[]{1, 1}, QUANTITATIVE, QUALITATIVE);
        Supplier<XWPFParagraph> quantitative = lines(results.getRow(1).getCell(0));
        // plain lines: numbers here would run into the numbering of staff's own list below
        for (ReportFigure figure : figures) {
            run(quantitative.get(), ReportWords.figureLine(figure), false, BODY_SIZE);
        }
        // the figures are results already: "ไม่มี" only when there is neither a figure nor a text
        if (figures.isEmpty() || !ReportWords.isBlank(texts.quantitative())) {
            paragraphs(quantitative, texts.quantitative());
        }
        paragraphs(lines(results.getRow(1).getCell(1)), texts.qualitative());
        if (!figures.isEmpty()) {
            gap(doc);
            XWPFTable table = table(doc, figures.size() + 1, new int[]{6, 2, 2, 2}, FIGURE_COLUMNS);
            for (int r = 0; r < figures.size(); r++) {
                String[] cells = ReportWords.figureRow(figures.get(r));
                for (int c = 0; c < cells.length; c++) {
                    XWPFParagraph p = lines(table.getRow(r + 1).getCell(c)).get();
                    p.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
                    run(p, cells[c], false, BODY_SIZE);
                }
            }
        }

        heading(doc, "Heading2", PROBLEMS_HEADING, SUBHEADING_SIZE);
        XWPFTable problems = table(doc, 2, new int[]{1, 1, 1}, PROBLEMS, SOLUTIONS, EXPECTED);
        paragraphs(lines(problems.getRow(1).getCell(0)), texts.problems());
        paragraphs(lines(problems.getRow(1).getCell(1)), texts.solutions());
        paragraphs(lines(problems.getRow(1).getCell(2)), texts.expectedResults());

        heading(doc, "Heading2", GOOD_PRACTICE, SUBHEADING_SIZE);
        paragraphs(doc::createParagraph, texts.goodPractice());
        heading(doc, "Heading2", SUCCESS_FACTORS, SUBHEADING_SIZE);
        paragraphs(doc::createParagraph, texts.successFactors());
        heading(doc, "Heading2", SUGGESTIONS, SUBHEADING_SIZE);
        paragraphs(doc::createParagraph, texts.suggestions());

        heading(doc, "Heading2", EVIDENCE, SUBHEADING_SIZE);
        List<ReportWords.Evidence> evidence = ReportWords.evidence(section);
        if (evidence.isEmpty()) {
            run(doc.createParagraph(), NONE, false, BODY_SIZE);
        }
        for (int i = 0; i < evidence.size(); i++) {
            ReportWords.Evidence e = evidence.get(i);
            XWPFParagraph p = doc.createParagraph();
            // the number hangs in the margin of the item, as the PDF's list has it
            p.setIndentationLeft(567);
            p.setIndentationHanging(567);
            XWPFRun title = run(p, ReportWords.number(i + 1) + ".\t" + e.title(), false, BODY_SIZE);
            if (!e.url().isEmpty()) {
                title.addBreak();
                XWPFRun link = p.createHyperlinkRun(e.url());
                link.setText(e.url());
                CTRPr rPr = rPr(link);
                font(rPr, BODY_SIZE, false, LINK_COLOUR);
                rPr.addNewU().setVal(STUnderline.SINGLE);
            }
        }
    }

    // ----- paragraphs and runs -----

    private static void centred(XWPFDocument doc, String style, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, size);
    }

    private static void heading(XWPFDocument doc, String style, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        run(p, text, true, size);
    }

    /** A text's paragraphs; each of its lines is a Word paragraph, so that list items stay items. */
    private static void paragraphs(Supplier<XWPFParagraph> next, String text) {
        for (String paragraph : ReportWords.paragraphs(text)) {
            XWPFParagraph last = null;
            for (String line : paragraph.split("\n")) {
                last = next.get();
                run(last, line.replace('\t', ' '), false, BODY_SIZE);
            }
            last.setSpacingAfter(120);
        }
    }

    private static void gap(XWPFDocument doc) {
        doc.createParagraph().setSpacingAfter(0);
    }

    /**
     * The run with its font and size set on it, not only in the styles: Word picks the face for Thai from
     * the complex-script slot (rFonts cs, szCs, bCs), and a run copied into another document keeps them.
     */
    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        font(rPr(run), size, bold, null);
        return run;
    }

    private static CTRPr rPr(XWPFRun run) {
        return run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    }

    /**
     * POI adds run properties in the order they are set, and Word wants the schema's (rFonts, b, bCs, color,
     * sz, szCs, u, lang): so they are set here, on a fresh rPr, in that order.
     */
    private static void font(CTRPr rPr, int size, boolean bold, String colour) {
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
        if (bold) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        if (colour != null) {
            rPr.addNewColor().setVal(colour);
        }
        BigInteger halfPoints = BigInteger.valueOf(2L * size);
        rPr.addNewSz().setVal(halfPoints);
        rPr.addNewSzCs().setVal(halfPoints);
    }

    // ----- tables -----

    /**
     * A table across the text width, columns in these proportions, a bold shaded header row that Word
     * repeats on each page; rows may break across pages, so long texts run on.
     */
    private static XWPFTable table(XWPFDocument doc, int rows, int[] shares, String... header) {
        XWPFTable table = doc.createTable(rows, shares.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        // half-point lines, black; POI's default borders leave size and colour to the reader
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int share : shares) {
            total += share;
        }
        int[] widths = new int[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = TEXT_WIDTH * shares[i] / total;
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidthType(TableWidthType.DXA);
                row.getCell(i).setWidth(Integer.toString(widths[i]));
            }
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < header.length; i++) {
            XWPFTableCell cell = head.getCell(i);
            cell.setColor(HEADER_SHADE);
            XWPFParagraph p = lines(cell).get();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, header[i], true, BODY_SIZE);
        }
        return table;
    }

    /** Paragraphs for a cell: first the empty one every cell starts with, then new ones. */
    private static Supplier<XWPFParagraph> lines(XWPFTableCell cell) {
        return new Supplier<>() {
            private boolean first = true;

            @Override
            public XWPFParagraph get() {
                if (first) {
                    first = false;
                    return cell.getParagraphs().get(0);
                }
                return cell.addParagraph();
            }
        };
    }

    // ----- document -----

    /** Defaults for the text staff add (the font in all four slots, Thai as the complex-script language) and headings. */
    private static void styles(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        font(rPr, BODY_SIZE, false, null);
        rPr.addNewLang().setBidi("th-TH");
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setDefault(true);
        normal.setStyleId("Normal");
        normal.addNewName().setVal("Normal");
        normal.addNewQFormat();
        style(styles, "Title", "Title", TITLE_SIZE, -1);
        style(styles, "Heading1", "heading 1", HEADING_SIZE, 0);
        style(styles, "Heading2", "heading 2", SUBHEADING_SIZE, 1);
        doc.createStyles().setStyles(styles);
    }

    private static void style(CTStyles styles, String id, String name, int size, int outlineLevel) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral pPr = style.addNewPPr();
        pPr.addNewKeepNext();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(outlineLevel == 0 ? 360 : 180));
        spacing.setAfter(BigInteger.valueOf(60));
        if (outlineLevel >= 0) {
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        font(style.addNewRPr(), size, true, null);
    }

    private static void page(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }
}
