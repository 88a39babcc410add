package th.nithet.reports;

import th.nithet.platform.time.FiscalYear;

import java.time.LocalDate;
import java.util.List;

/** Reports as an office would fill them in, worded after seed 002 (a real yearly report), digits as typed: Arabic. */
final class YearlyReportSamples {

    static final String OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 1";
    static final String INDICATOR = "ร้อยละของครูและบุคลากรทางการศึกษาที่ได้รับการพัฒนาตามมาตรฐานตำแหน่งและวิทยฐานะ";
    static final String PROJECT = "โครงการพัฒนาข้าราชการครูและบุคลากรทางการศึกษา (School PA Support PLG2)";
    static final String EVIDENCE_URL = "https://nithet.example.org/evidence/2569/order-15.pdf";
    /** The last words of the project's long qualitative text: it must come through whole. */
    static final String LONG_END = "จบรายงานผลเชิงคุณภาพของโครงการ";

    private YearlyReportSamples() {
    }

    static YearlyReport seedLike() {
        ReportSection indicator = new ReportSection("ตัวชี้วัด", INDICATOR,
                "ค่าเป้าหมาย ร้อยละ 80 · ผล ร้อยละ 100.00 · ระดับคุณภาพ 4",
                List.of(new ReportFigure("ครูที่ได้รับการพัฒนา", "998 คน", "998 คน", "100.00%"),
                        new ReportFigure("โรงเรียนที่เข้าร่วม", "27 โรงเรียน", "", "")),
                new ReportTexts(
                        "1. ข้าราชการครูและบุคลากรทางการศึกษาในสังกัด จำนวน 1,091 ราย ได้รับรู้หลักเกณฑ์ และวิธีการประเมินตำแหน่งและวิทยฐานะ\n"
                                + "2. ยื่นคำขอมีและเลื่อนวิทยฐานะในระบบ DPA จำนวน 188 ราย ดังนี้\n"
                                + "    2.1 ข้าราชการครู จำนวน 131 ราย\n"
                                + "    2.2 ข้าราชการครูพิเศษ จำนวน 57 ราย",
                        "ข้าราชการครูและบุคลากรทางการศึกษามีความรู้ความเข้าใจเกี่ยวกับหลักเกณฑ์และวิธีการประเมินตำแหน่งและวิทยฐานะ (PA)"
                                + " สามารถนำไปจัดทำคำขอมีและเลื่อนวิทยฐานะได้อย่างถูกต้อง\n\n"
                                + "ผู้ใหญ่ในสำนักงานให้ขวัญกำลังใจ ครูมีความกตัญญูต่อวิชาชีพ ปั้นผลงานจนเป็นที่ประจักษ์ทั้งฝั่งทะเลและบนเกาะ โดยมีศึกษานิเทศก์เป็นพี่เลี้ยง",
                        "ข้าราชการครูบางส่วนไม่ปรับปรุงแก้ไขข้อมูลเงินเดือน และใบอนุญาตประกอบวิชาชีพในระบบ DPA ให้ครบถ้วน",
                        "กำหนดแนวปฏิบัติให้ปรับปรุงข้อมูลในระบบ DPA ให้ครบถ้วนและเป็นปัจจุบัน",
                        "ข้อมูลข้าราชการครูและบุคลากรทางการศึกษาในระบบ DPA เป็นปัจจุบันทุกคน",
                        "- ๑) ข้าราชการครูและบุคลากรทางการศึกษายื่นคำขอรับการประเมินในระบบ DPA\n"
                                + "- ๒) สำนักงานเขตพื้นที่การศึกษา ตรวจสอบคุณสมบัติผู้ยื่นคำขอตามหลักเกณฑ์และวิธีการที่ ก.ค.ศ. กำหนด",
                        "การประสานงานและการบริการที่ดี ส่งผลให้ครูได้รับการเลื่อนวิทยฐานะตามหลักเกณฑ์ที่กำหนด",
                        null),
                List.of(new ReportEvidence("คำสั่งแต่งตั้งคณะกรรมการประเมิน ครั้งที่ 15/2569", EVIDENCE_URL),
                        new ReportEvidence("ภาพกิจกรรมการประชุมชี้แจง", "")));
        StringBuilder qualitative = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            qualitative.append(i).append(". ข้าราชการครูและบุคลากรทางการศึกษา สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2")
                    .append(" สามารถขอคำแนะนำเกี่ยวกับหลักเกณฑ์ การขอมีและเลื่อนวิทยฐานะ และการดำเนินการเสนอขอมีและเลื่อนวิทยฐานะ")
                    .append("จากเพื่อนครูในสถานศึกษาที่ได้รับการพัฒนา ได้เป็นอย่างดี และอย่างใกล้ชิด\n\n");
        }
        qualitative.append(LONG_END);
        ReportSection project = new ReportSection("โครงการ", PROJECT, " ",
                List.of(),
                new ReportTexts("ข้าราชการครูฯ ขอมีวิทยฐานะครูชำนาญการ จำนวน 99 ราย ผ่านเกณฑ์การประเมิน 96 ราย คิดเป็นร้อยละ 96.97",
                        qualitative.toString(), "", null, "  ",
                        "พัฒนาผู้บริหารสถานศึกษา และข้าราชการครูในสถานศึกษาอย่างน้อย จำนวน 1 คน ให้เป็นที่ปรึกษา",
                        "ให้ขวัญกำลังใจ และสร้างแรงบันดาลใจให้ข้าราชการครูและบุคลากรทางการศึกษาในสังกัด",
                        "กระทรวงศึกษาธิการ ควรจัดสรรงบประมาณสนับสนุนสถานศึกษา เกี่ยวกับครุภัณฑ์ เช่น กล้องสำหรับการถ่ายทำ Video"),
                List.of());
        return new YearlyReport(OFFICE, new FiscalYear(2569), LocalDate.of(2026, 9, 30), "นางสาวสมศรี ใจงาม ศึกษานิเทศก์",
                List.of(indicator, project));
    }

    static YearlyReport empty() {
        return new YearlyReport(OFFICE, new FiscalYear(2569), LocalDate.of(2026, 9, 30), "นางสาวสมศรี ใจงาม", List.of());
    }
}
