/**
 * Questions and answers: teachers ask, supervisors and colleagues answer, the asker accepts; unanswered
 * questions wait in the supervisors' queue and escalate.
 * <p>
 * Q&amp;A: {@code Question} (a content item; its answers' text is searched with it), {@code Answer},
 * {@code AnswerVersion} (every text kept), {@code QuestionFollower}; {@code QuestionService} (ask,
 * answer, edit, vote once, accept, follow, assign, the queue, escalation, median response times),
 * {@code QuestionEscalation} (every minute, {@code NITHET_QA_ESCALATE_HOURS}), pages {@code
 * views/questions/*} ({@code QuestionListBean}, {@code QuestionPageBean}, {@code QuestionEditBean} with
 * similar questions, {@code QuestionQueueBean}), {@code /api/v1/questions}.
 * <p>
 * Glossary: Question / Answer ถาม-ตอบ, ตอบปัญหาข้อข้องใจ.
 * <p>
 * Entry points: QuestionService; /api/v1/questions; pages /questions, /questions/{id},
 * /questions/queue.
 */
package th.nithet.questions;
