/**
 * Attachments (ไฟล์แนบ) and the file store: {@code Attachments} (upload, download, remove: who may, and
 * the owner's quota), {@code FileChecks} (what a file really is — Apache Tika reads its content, not its
 * name — the portal's limits, and the text inside it for search), {@code Attachment} (a file as one item
 * shows it: its name, who added it) and {@code StoredFile} (a distinct file in {@code
 * NITHET_DATA_DIR/files}, named by its SHA-256, so the same file attached twice is kept once).
 * <p>
 * Glossary: ไฟล์แนบ (attachment), เอกสาร/หลักฐานอ้างอิง (evidence).
 * <p>
 * Entry point: Attachments; the download servlet is {@code content.web.AttachmentServlet}.
 */
package th.nithet.content.files;
