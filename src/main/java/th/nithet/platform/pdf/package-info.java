/**
 * PDF with Thai set correctly: {@code PdfBuilder} (pages, text, tables, signatures, images, QR codes),
 * {@code Certificate}; shaped by the JDK, written by PDFBox, Laksaman embedded from the jar (see {@code
 * docs/pdf.md}).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.pdf;
