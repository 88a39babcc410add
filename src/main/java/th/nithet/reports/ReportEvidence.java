package th.nithet.reports;

/** A piece of evidence: title and absolute URL (may be blank). */
public record ReportEvidence(String title, String url) {}
