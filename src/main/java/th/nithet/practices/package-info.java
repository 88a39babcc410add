/**
 * Teachers' best practices and their review: submitted, returned, published or rejected, never reviewed
 * by their own author.
 * <p>
 * Best practices: {@code Practice} (a content item with a review {@code PracticeState}; {@code
 * content_item.status} is PUBLISHED only while published), {@code PracticeStep} (who did what), {@code
 * PracticeService} (draft → submitted → returned/published/rejected; nobody reviews their own; ratings;
 * featuring), pages {@code views/practices/*}, {@code /api/v1/practices}.
 * <p>
 * Glossary: Practice การปฏิบัติที่เป็นเลิศ (Best Practice), ผลงานครู.
 * <p>
 * Entry points: PracticeService; /api/v1/practices; pages /practices, /practices/{id},
 * /practices/review.
 */
package th.nithet.practices;
