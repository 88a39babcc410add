package th.nithet.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import th.nithet.content.ContentDraft;
import th.nithet.content.Visibility;
import th.nithet.honours.AwardLevel;
import th.nithet.honours.HonourDraft;
import th.nithet.honours.HonourService;
import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.time.ThaiDates;
import th.nithet.supervision.StepKind;
import th.nithet.supervision.SupervisionDraft;
import th.nithet.supervision.SupervisionPlans;
import th.nithet.supervision.SupervisionService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The demo office's supervision: online supervision threads with schools at every step (just opened, planned and
 * observed, an agreed action overdue, closed with its follow-up), this fiscal year's supervision plan with part of it
 * held, part missed and part still ahead, and honours with certificates for the featured practices.
 */
@ApplicationScoped
class DemoSupervision {

    private static final List<String[]> TOPICS = List.of(
            new String[] {"นิเทศการจัดการเรียนรู้เชิงรุก", "ติดตามการใช้กิจกรรมที่ผู้เรียนได้ลงมือทำและสะท้อนคิด"},
            new String[] {"นิเทศการสอนอ่านออกเขียนได้", "ร่วมวางแผนแก้ปัญหานักเรียนอ่านไม่คล่อง"},
            new String[] {"Coaching การออกแบบหน่วยการเรียนรู้", "ร่วมออกแบบหน่วยการเรียนรู้และเกณฑ์การประเมิน"},
            new String[] {"ติดตามการจัดกิจกรรม PLC", "ติดตามผลการแลกเปลี่ยนเรียนรู้ของครูในโรงเรียน"});

    @Inject
    SupervisionService supervisions;

    @Inject
    SupervisionPlans plans;

    @Inject
    HonourService honours;

    /** Answers how many supervisions were opened. */
    int supervise(DemoStory story, DemoPeople.Office office, DemoWriting.Written written) {
        int opened = 0;
        FiscalYear year = FiscalYear.of(ThaiDates.today());
        for (int s = 0; s < office.supervisors().size(); s++) {
            String supervisor = office.supervisors().get(s);
            for (int k = 0; k < 2; k++) {
                int stage = (s * 2 + k) % 4;
                // the first is with the teacher whose account the sign-in page offers, so that her menu has one (#19)
                DemoPeople.Member teacher = s == 0 && k == 0 ? office.teachers().stream()
                        .filter(m -> m.username().equals(DemoPeople.TEACHER)).findFirst().orElseThrow() : story.pick(office.teachers());
                long schoolId = teacher.school().getId();
                String[] topic = TOPICS.get((s + k) % TOPICS.size());
                Instant at = story.now.minus(Duration.ofDays(5 + story.random.nextInt(55)));
                long id = DemoOffice.as(supervisor, at, () -> supervisions.open(new SupervisionDraft(new ContentDraft(
                        topic[0] + " " + teacher.school().getName(), "<p>" + topic[1] + "</p>", Visibility.STAFF,
                        Set.of(teacher.area()), List.of("การนิเทศออนไลน์")), schoolId, List.of(teacher.username()), null, null)).getId());
                opened++;
                Instant t = story.later(at, 20);
                DemoOffice.as(teacher.username(), t, () -> supervisions.post(id,
                        "<p>ขอบคุณค่ะ ส่งแผนการจัดการเรียนรู้และคลิปการสอนให้ดูก่อนนะคะ</p>"));
                if (stage == 0) {
                    continue;
                }
                LocalDate day = ThaiDates.today(t);
                DemoOffice.as(supervisor, story.later(t, 10), () -> supervisions.record(id, StepKind.PLAN,
                        "ตกลงเป้าหมาย: ให้นักเรียนได้อภิปรายกลุ่มในทุกคาบ", day, null));
                DemoOffice.as(supervisor, story.later(t, 30), () -> supervisions.record(id, StepKind.OBSERVATION,
                        "สังเกตการสอนผ่านวิดีโอ นักเรียนมีส่วนร่วมดี ครูใช้คำถามปลายเปิด", day.plusDays(1), null));
                if (stage == 1) {
                    continue;
                }
                DemoOffice.as(supervisor, story.later(t, 40), () -> supervisions.record(id, StepKind.FEEDBACK,
                        "ควรเพิ่มเวลาให้นักเรียนสะท้อนคิดท้ายคาบ", day.plusDays(2), null));
                long action = DemoOffice.as(supervisor, story.later(t, 41), () -> supervisions.record(id, StepKind.ACTION,
                        "ครูทดลองใช้บัตรสะท้อนคิดท้ายคาบ 2 สัปดาห์ แล้วส่งผล", day.plusDays(2), day.plusDays(16)).getId());
                if (stage == 2) {
                    // the action's due date passes without it done: the supervisor sees it first, and is told once
                    continue;
                }
                Instant done = story.later(t, 200);
                DemoOffice.as(teacher.username(), done, () -> supervisions.post(id, "<p>ส่งผลการใช้บัตรสะท้อนคิดแล้วค่ะ นักเรียนชอบมาก</p>"));
                DemoOffice.as(teacher.username(), done, () -> supervisions.done(action));
                DemoOffice.as(supervisor, story.later(done, 24), () -> supervisions.record(id, StepKind.FOLLOW_UP,
                        "ติดตามผลแล้ว ครูนำไปใช้ต่อเนื่อง", ThaiDates.today(done), null));
                DemoOffice.as(supervisor, story.later(done, 25), () -> supervisions.close(id));
                plan(story, supervisor, year, schoolId, YearMonth.from(ThaiDates.today(at)), topic[0]);
            }
            // planned ahead: a visit every month of the coming term, and one from last month that did not happen
            for (int m = 1; m <= 3; m++) {
                YearMonth ahead = YearMonth.from(ThaiDates.today()).plusMonths(m);
                plan(story, supervisor, year, story.pick(office.schools()).getId(), ahead, "นิเทศ ติดตาม การจัดการเรียนรู้");
            }
            plan(story, supervisor, year, story.pick(office.schools()).getId(), YearMonth.from(ThaiDates.today()).minusMonths(1),
                    "นิเทศการวัดและประเมินผล");
        }
        honour(story, office, written);
        return opened;
    }

    private void plan(DemoStory story, String supervisor, FiscalYear year, long schoolId, YearMonth month, String topic) {
        if (!year.contains(month.atDay(1)) && !year.contains(month.atEndOfMonth())) {
            return;
        }
        DemoOffice.as(supervisor, story.from.plus(Duration.ofDays(100)), () -> plans.add(supervisor, year.buddhistYear(),
                month.getMonthValue(), schoolId, topic));
    }

    private void honour(DemoStory story, DemoPeople.Office office, DemoWriting.Written written) {
        AwardLevel[] levels = AwardLevel.values();
        for (int i = 0; i < written.featured().size(); i++) {
            DemoWriting.Featured practice = written.featured().get(i);
            Instant at = story.later(practice.published(), 72);
            AwardLevel level = levels[Math.min(levels.length - 1, 1 + i)];
            DemoOffice.as(DemoPeople.AREA_DIRECTOR, at, () -> honours.record(new HonourDraft(new ContentDraft(
                    "รางวัลการปฏิบัติที่เป็นเลิศ ด้านการจัดการเรียนรู้", "<p>มีผลงานการปฏิบัติที่เป็นเลิศ เป็นแบบอย่างแก่ครูในสังกัด</p>",
                    Visibility.PUBLIC, Set.of(), List.of("เกียรติบัตร")), null, practice.author(), null, level, ThaiDates.today(at),
                    practice.id())));
        }
        DemoPeople.Member director = office.directors().get(0);
        Instant at = story.now.minus(Duration.ofDays(20));
        DemoOffice.as(DemoPeople.AREA_DIRECTOR, at, () -> honours.record(new HonourDraft(new ContentDraft(
                "สถานศึกษาต้นแบบการนิเทศภายใน", "<p>มีระบบการนิเทศภายในที่เข้มแข็งและต่อเนื่อง</p>", Visibility.PUBLIC, Set.of(),
                List.of()), null, null, director.school().getId(), AwardLevel.SCHOOL, ThaiDates.today(at), null)));
    }
}
