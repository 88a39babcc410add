/**
 * The yearly report's shape and its printing (PDF, DOCX).
 * <p>
 * The yearly report's shape ({@code YearlyReport}, {@code ReportSection}, {@code ReportFigure}, {@code
 * ReportTexts}, {@code ReportEvidence}) and its printing: {@code YearlyReportPdf} (on {@code
 * platform.pdf}), {@code YearlyReportDocx} (Apache POI XWPF: TH Sarabun New for Thai as complex script,
 * Word tables).
 * <p>
 * Glossary: the yearly report รายงานประจำปี.
 * <p>
 * Entry points: YearlyReportPdf, YearlyReportDocx (put together by indicators.YearlyReports).
 */
package th.nithet.reports;
