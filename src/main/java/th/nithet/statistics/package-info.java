/**
 * Engagement statistics, who may see which, and their downloads.
 * <p>
 * {@code StatisticsQueries} (plain JDBC over the small tables {@code content.views.ViewRollups} keeps in the
 * view counter's transaction, and the features' tables; no container, so the benchmark and {@code
 * StatisticsIT} call it directly), {@code Period} (a fiscal year or a month of it), {@code Statistics}
 * (who may see what: administrators everything, supervisors their networks' schools and people), {@code
 * StatisticsTables} (every table for the page and the downloads, Chart.js configurations for {@code
 * p:chart}), {@code StatisticsBean} + {@code views/statistics/index.xhtml}, {@code
 * StatisticsExportServlet} ({@code /statistics/export/{table}.xlsx}), {@code /api/v1/statistics}.
 * <p>
 * Glossary: สถิติ (engagement statistics), FiscalYear ปีงบประมาณ.
 * <p>
 * Entry points: StatisticsQueries, Statistics; /api/v1/statistics; page /statistics;
 * /statistics/export/{table}.xlsx.
 */
package th.nithet.statistics;
