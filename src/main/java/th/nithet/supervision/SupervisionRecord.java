package th.nithet.supervision;

import th.nithet.people.Account;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.pdf.Align;
import th.nithet.platform.pdf.PdfBuilder;
import th.nithet.platform.pdf.PdfTable;
import th.nithet.platform.pdf.Signature;
import th.nithet.platform.pdf.TextStyle;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The supervision record (บันทึกการนิเทศ) as a PDF, in the usual layout: the office, school, dates,
 * topic, who supervised and who took part; then the plan, observations, suggestions, the agreed
 * actions as a table, the follow-up; and the signatures of the supervisor and of the school.
 */
public final class SupervisionRecord {

    private SupervisionRecord() {
    }

    public static byte[] pdf(String office, Supervision s, List<CoachingStep> steps, LocalDate printedOn) {
        PdfBuilder pdf = PdfBuilder.a4Portrait()
                .metadata(text("supervision.record") + " " + s.getTitle(), office)
                .pageNumbers()
                .title(text("supervision.record"))
                .text(office, TextStyle.BODY.withAlign(Align.CENTER))
                .space(8);
        PdfTable facts = PdfTable.columns(2, 5)
                .row(text("supervision.school"), s.getSchool() == null ? "–" : s.getSchool().getName())
                .row(text("supervision.topic"), s.getTitle())
                .row(text("field.learningAreas"), s.getLearningAreasInOrder().stream().map(a -> a.name(Languages.THAI))
                        .collect(Collectors.joining(", ")).transform(v -> v.isEmpty() ? "–" : v))
                .row(text("supervision.dates"), dates(steps, s))
                .row(text("supervision.supervisor"), s.getAuthor().getDisplayName())
                .row(text("supervision.participants"), s.getParticipantsByName().stream().map(Account::getDisplayName)
                        .collect(Collectors.joining(", ")).transform(v -> v.isEmpty() ? "–" : v));
        pdf.table(facts).space(6).paragraph(s.getBodyText());
        section(pdf, text("supervision.kind.PLAN"), steps, StepKind.PLAN);
        section(pdf, text("supervision.observations"), steps, StepKind.OBSERVATION);
        section(pdf, text("supervision.suggestions"), steps, StepKind.FEEDBACK);
        pdf.heading(text("supervision.agreedActions"));
        List<CoachingStep> actions = steps.stream().filter(c -> c.getKind() == StepKind.ACTION).toList();
        if (actions.isEmpty()) {
            pdf.paragraph("–");
        } else {
            PdfTable table = PdfTable.columns(1, 7, 3, 3).header(text("supervision.no"), text("supervision.action"),
                    text("supervision.dueOn"), text("supervision.status"));
            int n = 1;
            for (CoachingStep a : actions) {
                table.row(Integer.toString(n++), a.getText(), ThaiDates.shortDate(a.getDueOn(), Languages.THAI),
                        a.isDone() ? text("supervision.actionDone") : a.isOverdue(printedOn) ? text("supervision.actionOverdue")
                                : text("supervision.actionPending"));
            }
            pdf.table(table);
        }
        section(pdf, text("supervision.kind.FOLLOW_UP"), steps, StepKind.FOLLOW_UP);
        pdf.space(24).signatures(
                Signature.of(s.getAuthor().getDisplayName(), text("supervision.signSupervisor")),
                Signature.of("", text("supervision.signSchool")));
        pdf.space(8).text(Messages.get(Languages.THAI, "supervision.printedOn", ThaiDates.longDate(printedOn, Languages.THAI)),
                TextStyle.SMALL);
        return pdf.toBytes();
    }

    private static void section(PdfBuilder pdf, String heading, List<CoachingStep> steps, StepKind kind) {
        pdf.heading(heading);
        List<CoachingStep> of = steps.stream().filter(c -> c.getKind() == kind).toList();
        if (of.isEmpty()) {
            pdf.paragraph("–");
        }
        for (CoachingStep c : of) {
            pdf.paragraph(ThaiDates.shortDate(c.getHappenedOn(), Languages.THAI) + " — " + c.getText());
        }
    }

    private static String dates(List<CoachingStep> steps, Supervision s) {
        LocalDate first = steps.stream().map(CoachingStep::getHappenedOn).min(LocalDate::compareTo)
                .orElse(ThaiDates.today(s.getCreatedAt()));
        LocalDate last = steps.stream().map(CoachingStep::getHappenedOn).max(LocalDate::compareTo).orElse(first);
        String from = ThaiDates.longDate(first, Languages.THAI);
        return first.equals(last) ? from : from + " – " + ThaiDates.longDate(last, Languages.THAI);
    }

    private static String text(String key) {
        return Messages.get(Languages.THAI, key);
    }
}
