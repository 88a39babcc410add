/**
 * Indicators computed from the statistics, their quality levels and evidence, and the yearly report put
 * together from them.
 * <p>
 * {@code Indicator} (definition, {@code evaluate}: value → achievement → level), {@code Measure} (what
 * is measured, from {@code StatisticsQueries}), {@code PercentBands} (level edges), {@code Evidence};
 * {@code IndicatorService} (admin defines; staff record hand values and rubric levels, link evidence,
 * write report text; snapshots), {@code IndicatorSnapshots} (nightly, 01:15 Bangkok), pages {@code
 * views/indicators/*}, {@code /api/v1/indicators}; the yearly report: {@code YearlyReports} (puts
 * {@code reports.YearlyReport} together from indicators and projects), {@code ReportTextsBean} (+
 * {@code WEB-INF/includes/report-texts.xhtml} on indicator and project pages), {@code ReportPageBean} +
 * {@code views/reports/index.xhtml}, {@code YearlyReportServlet} ({@code
 * /reports/download/{year}.pdf|docx}), {@code /api/v1/reports}.
 * <p>
 * Glossary: Indicator ตัวชี้วัด, QualityLevel ระดับคุณภาพ, Evidence เอกสาร/หลักฐานอ้างอิง, the yearly
 * report รายงานประจำปี.
 * <p>
 * Entry points: IndicatorService, YearlyReports; /api/v1/indicators, /api/v1/reports; pages
 * /indicators, /reports; /reports/download/{year}.pdf|docx.
 */
package th.nithet.indicators;
