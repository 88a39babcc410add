/**
 * {@code TableFile}: CSV (Commons CSV, UTF-8 with or without BOM) or XLSX (Apache POI), told apart by
 * content; size and row limits; Thai reasons for unreadable files. One home for every import and
 * export: {@code TableImport} (preview/commit) with {@code ImportColumns}, {@code ImportRow}, {@code
 * ImportPreview}, {@code ImportResult} (the API's answer) and {@code ImportPage} (the page's bean, view
 * template {@code WEB-INF/templates/import.xhtml}); {@code Table} (+ {@code TableWriter}, {@code
 * TableExportServlet}) for CSV/XLSX downloads.
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.spreadsheet;
