/**
 * What every kind of content shares: reading rules, attachments, comments and likes, view counting, and
 * the page beans every item page and editor builds on.
 * <p>
 * What every content type shares: {@code ContentItem} (JOINED inheritance: a row in {@code
 * content_item} per item, the type's own table beside it), {@code Viewer}/{@code Viewers} (who may
 * read: visibility and publication, one place; who may change: each type's {@code mayBeEditedBy}),
 * {@code ContentWriter} (checks a {@code ContentDraft}, every field problem at once as {@code
 * InvalidFields}), {@code RichText} (OWASP allow-list sanitiser; the editor's formatting, YouTube
 * embeds only), {@code Attachments} + {@code FileChecks} (Tika by content, limits, quota) + {@code
 * AttachmentServlet}, {@code Conversation} (comments, likes), {@code ViewCounter} (buffered, batched
 * every 2 s, flushed at shutdown) + {@code Visitors}, {@code ContentItemPage}/{@code ContentEditPage}
 * (what every item page and editor does), {@code PageLoads} (a view action's 404 / sign-in / 403),
 * {@code PageActions} (a button's messages), {@code ContentPathServlet} ({@code /news/…}, {@code
 * /knowledge/…} → {@code views/&lt;type&gt;/…}), {@code /api/v1/content/{id}/…}, {@code /api/v1/tags}.
 * <p>
 * Glossary: ContentItem, Evidence เอกสาร/หลักฐานอ้างอิง, comments ความคิดเห็น, likes, tags, attachments
 * ไฟล์แนบ.
 * <p>
 * Entry points: Viewers (who is looking), Conversation, Attachments, ViewCounter, ContentItemPage,
 * ContentEditPage; /api/v1/content/{id}/…, /api/v1/tags.
 */
package th.nithet.content;
