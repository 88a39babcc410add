package th.nithet.reports;

/** One quantitative figure filled in from the data, all already formatted: e.g. ("ครูที่ได้รับการพัฒนา", "998 คน", "998 คน", "100.00%"). target/share may be blank. */
public record ReportFigure(String label, String value, String target, String share) {}
