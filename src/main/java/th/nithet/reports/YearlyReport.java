package th.nithet.reports;

/** The yearly report of the office: one section per indicator and per project. */
public record YearlyReport(String officeName, th.nithet.platform.time.FiscalYear fiscalYear, java.time.LocalDate preparedOn, String preparedBy, java.util.List<ReportSection> sections) {}
