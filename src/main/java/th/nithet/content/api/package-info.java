/**
 * What every content API shares: {@code ContentApi} (reading a content item's JSON fields), the error
 * mappers ({@code ContentApiErrors}: 404, 401/403 as JSON), {@code /api/v1/content/{id}/…} (comments,
 * likes, attachments) and {@code /api/v1/tags}. Each feature's REST resource builds on these.
 */
package th.nithet.content.api;
