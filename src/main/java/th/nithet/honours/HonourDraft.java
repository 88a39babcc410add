package th.nithet.honours;

import th.nithet.content.ContentDraft;

import java.time.LocalDate;

/**
 * An honour as staff record it: {@code content} holds the award's name (title) and the citation
 * (body); the recipient is a person ({@code recipientUsername}), a school ({@code recipientSchoolId})
 * and/or a name as it should be printed ({@code recipientName}, else the person's or school's name).
 */
public record HonourDraft(ContentDraft content, String recipientName, String recipientUsername, Long recipientSchoolId,
                          AwardLevel level, LocalDate awardedOn, Long practiceId) {
}
