package th.nithet.reports;

/** The text parts written by staff (plain text; blank lines separate paragraphs; lines starting "- " or "๑." are list items you may keep as written). Any may be null/blank: print "ไม่มี". */
public record ReportTexts(String quantitative, String qualitative, String problems, String solutions, String expectedResults, String goodPractice, String successFactors, String suggestions) {}
