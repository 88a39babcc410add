package th.nithet.questions;

import org.junit.jupiter.api.Test;
import th.nithet.Entities;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.Viewer;
import th.nithet.people.People;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accepting, voting and editing answers, without a container. */
class QuestionTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    private final Viewer asker = People.viewer(1, "kru.nida");
    private final Viewer colleague = People.viewer(2, "kru.preecha");
    private final Viewer supervisor = People.viewer(3, "sn.wanna", Role.SUPERVISOR);
    private final Viewer stranger = People.viewer(4, "kru.anan");
    private final Question question = Entities.withId(new Question(asker.account()), 10);
    private final Answer first = Entities.withId(new Answer(question, colleague.account(), "<p>ใช้เกมบัตรคำ</p>"), 100);
    private final Answer second = Entities.withId(new Answer(question, supervisor.account(), "<p>ฝึกอ่านวันละสิบนาที</p>"), 101);

    @Test
    void theAskerAcceptsAnAnswerAndTheQuestionIsResolved() {
        assertFalse(question.isResolved());
        assertTrue(question.accept(asker, first, List.of(), MONDAY));
        assertTrue(first.isAccepted());
        assertEquals(100L, question.getAcceptedAnswerId());
        assertTrue(question.isResolved());
        assertEquals(MONDAY, question.getAcceptedAt());
    }

    @Test
    void acceptingAnotherAnswerTakesTheFirstBackButKeepsWhenItWasResolved() {
        question.accept(asker, first, List.of(), MONDAY);
        assertTrue(question.accept(asker, second, List.of(first), TUESDAY));
        assertFalse(first.isAccepted(), "one accepted answer at a time");
        assertTrue(second.isAccepted());
        assertEquals(101L, question.getAcceptedAnswerId());
        assertEquals(MONDAY, question.getAcceptedAt(), "resolved when first resolved");
    }

    @Test
    void acceptingTheAcceptedAnswerAgainChangesNothing() {
        question.accept(asker, first, List.of(), MONDAY);
        assertFalse(question.accept(asker, first, List.of(first), TUESDAY));
        assertTrue(first.isAccepted());
    }

    @Test
    void staffMayAcceptForTheAskerOthersMayNot() {
        assertThrows(ContentAccessDenied.class, () -> question.accept(stranger, first, List.of(), MONDAY));
        assertThrows(ContentAccessDenied.class, () -> question.accept(colleague, first, List.of(), MONDAY), "not even its author");
        assertFalse(first.isAccepted());
        assertNull(question.getAcceptedAnswerId());
        assertTrue(question.accept(supervisor, first, List.of(), MONDAY));
    }

    @Test
    void anAnswerOfAnotherQuestionIsNotAccepted() {
        Question other = Entities.withId(new Question(asker.account()), 11);
        Answer elsewhere = Entities.withId(new Answer(other, colleague.account(), "<p>อีกเรื่อง</p>"), 102);
        assertEquals("qa.notItsAnswer", assertThrows(RuleViolation.class,
                () -> question.accept(asker, elsewhere, List.of(), MONDAY)).key());
        assertFalse(elsewhere.isAccepted());
    }

    @Test
    void nobodyVotesForTheirOwnAnswer() {
        assertEquals("qa.noSelfVote", assertThrows(RuleViolation.class, () -> first.checkVoter(colleague)).key());
        first.checkVoter(asker);
        first.checkVoter(supervisor);
    }

    @Test
    void anAnswerIsEditedByItsAuthorOrStaff() {
        first.checkEditableBy(colleague);
        first.checkEditableBy(supervisor);
        assertThrows(ContentAccessDenied.class, () -> first.checkEditableBy(asker), "the asker does not rewrite answers");
        assertThrows(ContentAccessDenied.class, () -> first.checkEditableBy(Viewer.VISITOR));
    }

    @Test
    void anAnswerKeepsItsPlainWordsForSearchAndTheQuestionIsFoundByThem() {
        assertEquals("ใช้เกมบัตรคำ", first.getBodyText().strip());
        assertTrue(first.isBy(colleague));
        assertFalse(first.isBy(Viewer.VISITOR));
    }

    @Test
    void theAskerEditsTheQuestionStaffCorrectItOthersDoNot() {
        assertTrue(question.mayBeEditedBy(asker));
        assertTrue(question.mayBeEditedBy(supervisor));
        assertFalse(question.mayBeEditedBy(colleague));
        assertFalse(question.mayBeLikedByAuthor(), "one cannot vote up one's own question");
    }
}
