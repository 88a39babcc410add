package th.nithet.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import th.nithet.indicators.Indicator;
import th.nithet.indicators.IndicatorService;
import th.nithet.indicators.Measure;
import th.nithet.indicators.PercentBands;
import th.nithet.indicators.QualityMethod;
import th.nithet.people.Position;
import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.time.ThaiDates;
import th.nithet.projects.BudgetCategory;
import th.nithet.projects.Project;
import th.nithet.projects.ProjectKind;
import th.nithet.projects.ProjectService;
import th.nithet.projects.ProjectTarget;
import th.nithet.surveys.QuestionKind;
import th.nithet.surveys.SurveyDraft;
import th.nithet.surveys.SurveyService;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo office's plans and how they are measured: two projects of this fiscal year with targets, activities, budget
 * and training; a satisfaction form about the training answered by most of those invited; and the office's indicators
 * with their quality levels (counted from the statistics, and one judged against a rubric).
 */
@ApplicationScoped
class DemoPlans {

    @Inject
    ProjectService projects;

    @Inject
    SurveyService surveys;

    @Inject
    IndicatorService indicators;

    /** Answers how many projects, forms and indicators were made. */
    int plan(DemoStory story, DemoPeople.Office office) {
        FiscalYear year = FiscalYear.of(ThaiDates.today());
        LocalDate first = year.firstDay();
        String owner = DemoPeople.SUPERVISOR;
        Instant at = first.atStartOfDay(ThaiDates.ZONE).toInstant().plus(Duration.ofHours(10));
        long reading = DemoOffice.as(owner, at, () -> projects.create(new Project.Head("โครงการพัฒนาการอ่านออกเขียนได้ของนักเรียนประถมศึกษา",
                ProjectKind.ACTION_PLAN, true, year.buddhistYear(), first.plusDays(14), first.plusMonths(8), first.plusDays(20), null,
                "นักเรียนชั้น ป.1–3 บางส่วนยังอ่านไม่คล่อง ส่งผลต่อการเรียนทุกกลุ่มสาระ",
                "1. พัฒนาครูภาษาไทยให้สอนอ่านแบบแจกลูกสะกดคำ\n2. นักเรียนอ่านออกเขียนได้ตามเกณฑ์",
                "ทดสอบการอ่านก่อนและหลัง นิเทศติดตามในชั้นเรียน", null, null)).getId());
        DemoOffice.as(owner, at, () -> {
            projects.addTarget(reading, ProjectTarget.Kind.QUANTITATIVE, "ครูภาษาไทยได้รับการพัฒนา", new BigDecimal("40"), "คน");
            long pupils = projects.addTarget(reading, ProjectTarget.Kind.QUANTITATIVE, "นักเรียนอ่านออกเขียนได้", new BigDecimal("90"),
                    "ร้อยละ").getId();
            projects.addTarget(reading, ProjectTarget.Kind.QUALITATIVE, "ครูนำวิธีสอนไปใช้ในชั้นเรียน", null, null);
            projects.recordResult(reading, pupils, new BigDecimal("86.5"), null);
            projects.addActivity(reading, "อบรมครูสอนอ่านแบบแจกลูก", first.plusDays(30), first.plusDays(31), first.plusDays(30),
                    first.plusDays(31), "กลุ่มนิเทศ ติดตาม และประเมินผล");
            projects.addActivity(reading, "นิเทศติดตามในชั้นเรียน", first.plusDays(45), first.plusMonths(7), first.plusDays(50), null,
                    "ศึกษานิเทศก์กลุ่มสาระภาษาไทย");
            projects.addBudgetLine(reading, BudgetCategory.COMPENSATION, "ค่าตอบแทนวิทยากร 2 วัน", new BigDecimal("7200"));
            projects.addBudgetLine(reading, BudgetCategory.OPERATING, "ค่าอาหารและอาหารว่างผู้เข้าอบรม 40 คน 2 วัน",
                    new BigDecimal("16000"));
            projects.addBudgetLine(reading, BudgetCategory.MATERIALS, "ชุดบัตรคำและสื่อการสอนอ่าน", new BigDecimal("12500.50"));
            projects.addTraining(reading, Position.TEACHER, 40, 38, 35);
            projects.addTraining(reading, Position.SCHOOL_DIRECTOR, 20, 18, 18);
        });
        long coding = DemoOffice.as(owner, at, () -> projects.create(new Project.Head("โครงการส่งเสริมการจัดการเรียนรู้วิทยาการคำนวณ",
                ProjectKind.OBEC_STRATEGY, false, year.buddhistYear(), first.plusMonths(1), first.plusMonths(6), first.plusMonths(1), null,
                "โรงเรียนขนาดเล็กขาดครูและอุปกรณ์สำหรับวิทยาการคำนวณ", "ครูจัดการเรียนรู้แบบ Unplugged ได้", "ประเมินแผนการสอนและผลงานนักเรียน",
                null, null)).getId());
        DemoOffice.as(owner, at, () -> {
            projects.addTarget(coding, ProjectTarget.Kind.QUANTITATIVE, "โรงเรียนจัดกิจกรรม Unplugged", new BigDecimal("20"), "โรง");
            projects.addBudgetLine(coding, BudgetCategory.OPERATING, "ค่าจัดอบรมเชิงปฏิบัติการ", new BigDecimal("24000"));
            projects.addTraining(coding, Position.TEACHER, 20, 20, 17);
        });
        int forms = form(story, office, owner, at);
        int measured = measure(story, year);
        return 2 + forms + measured;
    }

    private int form(DemoStory story, DemoPeople.Office office, String owner, Instant at) {
        long survey = DemoOffice.as(owner, at, () -> surveys.create(new SurveyDraft("แบบประเมินความพึงพอใจต่อการนิเทศออนไลน์",
                "ขอความร่วมมือตอบเพื่อนำผลไปปรับปรุงการนิเทศ", false, null, null, null, List.of(
                new SurveyDraft.QuestionDraft(QuestionKind.LIKERT, "ความพึงพอใจต่อการนิเทศโดยรวม", List.of(), true),
                new SurveyDraft.QuestionDraft(QuestionKind.LIKERT, "การนิเทศช่วยให้ท่านพัฒนาการจัดการเรียนรู้", List.of(), true),
                new SurveyDraft.QuestionDraft(QuestionKind.CHOICE, "ช่องทางที่สะดวกที่สุด", List.of("ออนไลน์", "ลงพื้นที่", "ทั้งสองแบบ"), true),
                new SurveyDraft.QuestionDraft(QuestionKind.TEXT, "ข้อเสนอแนะ", List.of(), false)))).getId());
        List<String> invited = office.teachers().stream().limit(30).map(DemoPeople.Member::username).toList();
        List<Long> questions = DemoOffice.as(owner, at, () -> {
            surveys.open(survey, invited);
            return surveys.read(survey).getQuestions().stream().map(q -> q.getId()).toList();
        });
        // the sign-in page's teacher is invited and has not answered yet: she can try the form (#19)
        for (String teacher : invited.stream().filter(t -> !t.equals(DemoPeople.TEACHER)).limit(24).toList()) {
            Map<Long, String> answers = new HashMap<>();
            answers.put(questions.get(0), String.valueOf(3 + story.random.nextInt(3)));
            answers.put(questions.get(1), String.valueOf(3 + story.random.nextInt(3)));
            answers.put(questions.get(2), story.pick(List.of("ออนไลน์", "ลงพื้นที่", "ทั้งสองแบบ")));
            if (story.chance(0.3)) {
                answers.put(questions.get(3), story.pick(List.of("อยากให้มีคลิปตัวอย่างการสอนมากขึ้น", "สะดวกมาก ไม่ต้องเดินทาง",
                        "ขอให้นิเทศต่อเนื่องทุกเดือน")));
            }
            DemoOffice.as(teacher, story.later(at, 24 * 20), () -> surveys.answer(survey, answers));
        }
        return 1;
    }

    private int measure(DemoStory story, FiscalYear year) {
        PercentBands bands = new PercentBands(new BigDecimal("50"), new BigDecimal("65"), new BigDecimal("80"));
        List<Indicator.Definition> definitions = List.of(
                new Indicator.Definition(year.buddhistYear(), "ร้อยละของครูและบุคลากรที่ใช้ระบบนิเทศออนไลน์",
                        "ผู้ที่เข้าใช้ระบบอย่างน้อยหนึ่งครั้งในปีงบประมาณ เทียบกับบุคลากรทั้งหมด", Measure.ACTIVE_PEOPLE_PERCENT,
                        new BigDecimal("80"), "ร้อยละ", QualityMethod.BANDS, bands, List.of()),
                new Indicator.Definition(year.buddhistYear(), "ร้อยละของสถานศึกษาที่ได้รับการนิเทศ",
                        "สถานศึกษาที่มีการนิเทศออนไลน์หรือบันทึกการนิเทศ", Measure.SUPERVISION_COVERAGE_PERCENT, new BigDecimal("100"),
                        "ร้อยละ", QualityMethod.BANDS, bands, List.of()),
                new Indicator.Definition(year.buddhistYear(), "ร้อยละของผู้ตอบแบบประเมินความพึงพอใจ", "ผู้ตอบเทียบกับผู้ได้รับเชิญ",
                        Measure.FORM_RESPONSE_PERCENT, new BigDecimal("80"), "ร้อยละ", QualityMethod.BANDS, bands, List.of()),
                new Indicator.Definition(year.buddhistYear(), "ร้อยละของครูที่ได้รับการพัฒนาตามโครงการ", "จากการติดตามผลการอบรมของโครงการ",
                        Measure.STAFF_DEVELOPED_PERCENT, new BigDecimal("90"), "ร้อยละ", QualityMethod.BANDS, bands, List.of()),
                new Indicator.Definition(year.buddhistYear(), "จำนวนการเข้าชมขุมความรู้", "การเข้าชมบทความในขุมความรู้",
                        Measure.KNOWLEDGE_VIEWS, new BigDecimal("500"), "ครั้ง", QualityMethod.BANDS, bands, List.of()),
                new Indicator.Definition(year.buddhistYear(), "ระดับคุณภาพการขับเคลื่อน PLC ในสถานศึกษา", "ประเมินตามเกณฑ์ 4 ระดับ",
                        Measure.MANUAL, null, null, QualityMethod.RUBRIC, null, List.of("มีแผน PLC", "จัด PLC ต่อเนื่อง",
                        "มีผลต่อการจัดการเรียนรู้", "เป็นแบบอย่างแก่สถานศึกษาอื่น")));
        Instant at = story.now.minus(Duration.ofDays(30));
        List<Long> ids = DemoOffice.as(DemoPeople.ADMINISTRATOR, at, () -> definitions.stream().map(d -> indicators.create(d).getId())
                .toList());
        DemoOffice.as(DemoPeople.ADMINISTRATOR, story.now.minus(Duration.ofDays(2)), () -> indicators.record(ids.get(ids.size() - 1),
                null, 3));
        return ids.size();
    }

    /** The indicators' values of this month, as the daily job would take them: after the views are counted. */
    void snapshot() {
        DemoOffice.as(DemoPeople.ADMINISTRATOR, Instant.now(), () -> indicators.takeSnapshots());
    }
}
