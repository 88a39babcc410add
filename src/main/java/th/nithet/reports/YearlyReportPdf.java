package th.nithet.reports;

import th.nithet.platform.pdf.Align;
import th.nithet.platform.pdf.PdfBuilder;
import th.nithet.platform.pdf.PdfTable;
import th.nithet.platform.pdf.TextStyle;

import java.util.ArrayList;
import java.util.List;

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
import static th.nithet.reports.ReportWords.evidence;
import static th.nithet.reports.ReportWords.figureRow;
import static th.nithet.reports.ReportWords.figures;
import static th.nithet.reports.ReportWords.fiscalYear;
import static th.nithet.reports.ReportWords.heading;
import static th.nithet.reports.ReportWords.isBlank;
import static th.nithet.reports.ReportWords.preparedBy;
import static th.nithet.reports.ReportWords.preparedOn;
import static th.nithet.reports.ReportWords.sections;
import static th.nithet.reports.ReportWords.texts;
import static th.nithet.reports.ReportWords.thai;

/**
 * The yearly report (รายงานผลการดำเนินงาน) as a PDF, laid out as offices file it: the title block, then for
 * each indicator and project its results, problems, good practice, success factors, suggestions and
 * evidence. Numbers in Thai digits, as offices print them.
 *
 * <p>The DOCX has the form's tables (results: quantitative | qualitative; problems | solutions | expected
 * results). Here those texts are paragraphs under sub-headings instead: {@code PdfTable} keeps a row on one
 * page, and one cell of staff's text can be longer than a page, which would run off its bottom.
 */
public final class YearlyReportPdf {

    private static final TextStyle CENTRED = TextStyle.HEADING.withSize(18).withAlign(Align.CENTER);
    private static final TextStyle SUBHEADING = TextStyle.BODY.withSize(18).withBold(true);
    private static final TextStyle LABEL = TextStyle.BODY.withBold(true);

    private YearlyReportPdf() {
    }

    public static byte[] render(YearlyReport report) {
        PdfBuilder pdf = PdfBuilder.a4Portrait()
                .metadata(TITLE + " " + fiscalYear(report), thai(report.officeName()))
                .pageNumbers(true)
                .title(TITLE)
                .text(fiscalYear(report), CENTRED)
                .text(thai(report.officeName()), CENTRED)
                .space(8);
        for (String line : new String[]{preparedBy(report), preparedOn(report)}) {
            if (!line.isEmpty()) {
                pdf.text(line, TextStyle.BODY.withAlign(Align.CENTER));
            }
        }
        pdf.rule();
        List<ReportSection> sections = sections(report);
        if (sections.isEmpty()) {
            pdf.paragraph(NO_SECTIONS);
        }
        for (int i = 0; i < sections.size(); i++) {
            section(pdf, sections.get(i), i + 1);
        }
        return pdf.toBytes();
    }

    private static void section(PdfBuilder pdf, ReportSection section, int n) {
        ReportTexts texts = texts(section);
        List<ReportFigure> figures = figures(section);
        pdf.space(8).heading(heading(section, n));
        if (!isBlank(section.summary())) {
            pdf.paragraph(thai(section.summary().strip()));
        }

        subheading(pdf, RESULTS);
        pdf.heading(QUANTITATIVE, LABEL);
        if (!figures.isEmpty()) {
            // plain lines: numbers here would run into the numbering of staff's own list below
            pdf.paragraph(String.join("\n", figures.stream().map(ReportWords::figureLine).toList()));
        }
        // the figures are results already: "ไม่มี" only when there is neither a figure nor a text
        if (figures.isEmpty() || !isBlank(texts.quantitative())) {
            paragraphs(pdf, texts.quantitative());
        }
        pdf.heading(QUALITATIVE, LABEL);
        paragraphs(pdf, texts.qualitative());
        if (!figures.isEmpty()) {
            PdfTable table = PdfTable.columns(5, 3, 3, 2.5f).header(FIGURE_COLUMNS)
                    .align(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT);
            for (ReportFigure figure : figures) {
                table.row(figureRow(figure));
            }
            pdf.table(table);
        }

        subheading(pdf, PROBLEMS_HEADING);
        labelled(pdf, PROBLEMS, texts.problems());
        labelled(pdf, SOLUTIONS, texts.solutions());
        labelled(pdf, EXPECTED, texts.expectedResults());
        subheading(pdf, GOOD_PRACTICE);
        paragraphs(pdf, texts.goodPractice());
        subheading(pdf, SUCCESS_FACTORS);
        paragraphs(pdf, texts.successFactors());
        subheading(pdf, SUGGESTIONS);
        paragraphs(pdf, texts.suggestions());

        subheading(pdf, EVIDENCE);
        List<String> items = new ArrayList<>();
        for (ReportWords.Evidence e : evidence(section)) {
            items.add(e.url().isEmpty() ? e.title() : e.title() + "\n" + e.url());
        }
        if (items.isEmpty()) {
            pdf.paragraph(NONE);
        } else {
            pdf.numberedList(items, true);
        }
    }

    private static void subheading(PdfBuilder pdf, String text) {
        pdf.space(4).heading(text, SUBHEADING);
    }

    private static void labelled(PdfBuilder pdf, String label, String text) {
        pdf.heading(label, LABEL);
        paragraphs(pdf, text);
    }

    private static void paragraphs(PdfBuilder pdf, String text) {
        for (String paragraph : ReportWords.paragraphs(text)) {
            pdf.paragraph(paragraph);
        }
    }
}
