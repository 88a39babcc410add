package th.nithet.reports;

import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.ThaiDigits;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PDF and the DOCX of the yearly report both say, so that they read the same. The headings are
 * the form's own, in Thai whatever the reader's language: offices file this report in Thai.
 */
final class ReportWords {

    static final String TITLE = "รายงานผลการดำเนินงาน";
    static final String NONE = "ไม่มี";
    static final String NO_SECTIONS = "ยังไม่มีตัวชี้วัดหรือโครงการในปีงบประมาณนี้";
    static final String RESULTS = "๑. ผลการดำเนินงาน";
    static final String QUANTITATIVE = "ผลเชิงปริมาณ";
    static final String QUALITATIVE = "ผลเชิงคุณภาพ";
    static final String PROBLEMS_HEADING = "๒. ปัญหา/อุปสรรค แนวทางการแก้ไขปัญหา/อุปสรรค และผลที่คาดว่าจะได้รับ";
    static final String PROBLEMS = "ปัญหา/อุปสรรค";
    static final String SOLUTIONS = "แนวทางการแก้ไขปัญหา/อุปสรรค";
    static final String EXPECTED = "ผลที่คาดว่าจะได้รับ";
    static final String GOOD_PRACTICE = "๓. รูปแบบ หรือแนวทางที่ดี หรือนวัตกรรมที่เกิดขึ้น";
    static final String SUCCESS_FACTORS = "๔. ปัจจัยแห่งความสำเร็จ";
    static final String SUGGESTIONS = "๕. ข้อเสนอแนะอื่นๆ";
    static final String EVIDENCE = "๖. หลักฐาน/ร่องรอย";
    static final String[] FIGURE_COLUMNS = {"รายการ", "ผล", "เป้าหมาย", "ร้อยละ"};

    private static final ReportTexts NO_TEXTS = new ReportTexts(null, null, null, null, null, null, null, null);
    /** A link keeps its digits: it has to open. */
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private ReportWords() {
    }

    static String fiscalYear(YearlyReport report) {
        return report.fiscalYear() == null ? "" : thai("ประจำปีงบประมาณ พ.ศ. " + report.fiscalYear().buddhistYear());
    }

    static String preparedBy(YearlyReport report) {
        return isBlank(report.preparedBy()) ? "" : thai("ผู้จัดทำ " + report.preparedBy().strip());
    }

    /** "จัดทำเมื่อวันที่ ๒๖ พฤศจิกายน พ.ศ. ๒๕๖๙", or blank without a date. */
    static String preparedOn(YearlyReport report) {
        LocalDate on = report.preparedOn();
        return on == null ? "" : thai("จัดทำเมื่อวันที่ " + on.getDayOfMonth() + " "
                + ThaiDates.monthName(on.getMonthValue(), Languages.THAI) + " พ.ศ. " + ThaiDates.buddhistYear(on));
    }

    static List<ReportSection> sections(YearlyReport report) {
        return report.sections() == null ? List.of() : report.sections();
    }

    /** "ตัวชี้วัด ๑: …": n counts the sections of the report, indicators and projects together. */
    static String heading(ReportSection section, int n) {
        return thai(orEmpty(section.kind()).strip() + " " + n + ": " + orEmpty(section.title()).strip());
    }

    static ReportTexts texts(ReportSection section) {
        return section.texts() == null ? NO_TEXTS : section.texts();
    }

    static List<ReportFigure> figures(ReportSection section) {
        return section.figures() == null ? List.of() : section.figures();
    }

    /** "ครูที่ได้รับการพัฒนา: ๙๙๘ คน (เป้าหมาย ๙๙๘ คน, ๑๐๐.๐๐%)", the brackets only with what is there. */
    static String figureLine(ReportFigure figure) {
        List<String> extra = new ArrayList<>();
        if (!isBlank(figure.target())) {
            extra.add("เป้าหมาย " + figure.target().strip());
        }
        if (!isBlank(figure.share())) {
            extra.add(figure.share().strip());
        }
        return thai(orEmpty(figure.label()).strip() + ": " + orEmpty(figure.value()).strip()
                + (extra.isEmpty() ? "" : " (" + String.join(", ", extra) + ")"));
    }

    static String[] figureRow(ReportFigure figure) {
        return new String[]{thai(orEmpty(figure.label())), thai(orEmpty(figure.value())), thai(orEmpty(figure.target())),
                thai(orEmpty(figure.share()))};
    }

    /**
     * The paragraphs of a text as staff wrote it (blank lines between them), in Thai digits; a line break
     * inside one is kept, since lines starting "- " or "๑." are list items. A blank text is "ไม่มี".
     */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text != null) {
            for (String block : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
                if (!block.isBlank()) {
                    paragraphs.add(thai(block.stripTrailing().replaceAll("^\\n+", "")));
                }
            }
        }
        return paragraphs.isEmpty() ? List.of(NONE) : paragraphs;
    }

    /** Evidence as list items: the title, and under it the link; none at all is an empty list. */
    static List<Evidence> evidence(ReportSection section) {
        List<Evidence> items = new ArrayList<>();
        if (section.evidence() != null) {
            for (ReportEvidence e : section.evidence()) {
                String title = isBlank(e.title()) ? "" : thai(e.title().strip());
                String url = isBlank(e.url()) ? "" : e.url().strip();
                if (!title.isEmpty() || !url.isEmpty()) {
                    items.add(new Evidence(title.isEmpty() ? url : title, title.isEmpty() ? "" : url));
                }
            }
        }
        return items;
    }

    record Evidence(String title, String url) {
    }

    /** Arabic digits as Thai ones, as offices print them, except inside links. Null is blank. */
    static String thai(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher url = URL.matcher(text);
        int done = 0;
        while (url.find()) {
            out.append(ThaiDigits.toThai(text.substring(done, url.start()))).append(url.group());
            done = url.end();
        }
        return out.append(ThaiDigits.toThai(text.substring(done))).toString();
    }

    /** A Thai number for counting ("๑", "๒", …). */
    static String number(int n) {
        return ThaiDigits.toThai(Integer.toString(n));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
