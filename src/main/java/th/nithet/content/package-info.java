/**
 * What every kind of content shares: reading rules, attachments, comments and likes, view counting.
 * <p>
 * {@code ContentItem} (JOINED inheritance: a row in {@code content_item} per item, the type's own table
 * beside it), {@code Viewer}/{@code Viewers} (who may read: visibility and publication, one place; who
 * may change: each type's {@code mayBeEditedBy}), {@code ContentWriter} (checks a {@code ContentDraft},
 * every field problem at once as {@code InvalidFields}), {@code RichText} (OWASP allow-list sanitiser;
 * the editor's formatting, YouTube embeds only), {@code Conversation} (comments, likes), {@code
 * ListedItems} (lists read whole). Attachments and the file store are in {@link th.nithet.content.files},
 * view counting in {@link th.nithet.content.views}. The page beans and servlets every item page builds on
 * are in {@code content.web}, the shared API parts ({@code /api/v1/content/{id}/…}, {@code /api/v1/tags})
 * in {@code content.api}.
 * <p>
 * Glossary: ContentItem, Evidence เอกสาร/หลักฐานอ้างอิง, comments ความคิดเห็น, likes, tags, attachments
 * ไฟล์แนบ.
 * <p>
 * Entry points: Viewers (who is looking), Conversation, {@code files.Attachments}, {@code views.ViewCounter}.
 */
package th.nithet.content;
