package th.nithet.reports;

/** kind: "ตัวชี้วัด" or "โครงการ" (already a display word); title: the indicator/project name; summary: one line such as "ค่าเป้าหมาย ร้อยละ 80 · ผล ร้อยละ 96.57 · ระดับคุณภาพ 4" (may be blank). */
public record ReportSection(String kind, String title, String summary, java.util.List<ReportFigure> figures, ReportTexts texts, java.util.List<ReportEvidence> evidence) {}
