package th.nithet.practices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.Viewer;
import th.nithet.people.People;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A practice's review, without a container: who may send it, who may decide, what each decision needs. */
class PracticeTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    private final Viewer teacher = People.viewer(1, "kru.somsri");
    private final Viewer supervisor = People.viewer(2, "sn.somchai", Role.SUPERVISOR);
    private final Viewer otherTeacher = People.viewer(3, "kru.wichai");
    private final Practice practice = new Practice(teacher.account());

    private Practice submitted() {
        practice.submit(teacher, NOW);
        return practice;
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).key();
    }

    @Test
    void itsAuthorSendsADraftForReviewAndNoOneElseMay() {
        assertThrows(ContentAccessDenied.class, () -> practice.submit(otherTeacher, NOW));
        assertThrows(ContentAccessDenied.class, () -> practice.submit(supervisor, NOW), "not even a supervisor");
        practice.submit(teacher, NOW);
        assertEquals(PracticeState.SUBMITTED, practice.getState());
        assertEquals(NOW, practice.getSubmittedAt());
    }

    @Test
    void aSubmittedPracticeIsNotSentAgainButAReturnedOneIs() {
        submitted();
        assertEquals("practice.notSubmittable", refusal(() -> practice.submit(teacher, NOW)));
        practice.review(supervisor, Practice.Decision.RETURN, "เพิ่มผลการดำเนินงาน", NOW);
        assertEquals(PracticeState.RETURNED, practice.getState());
        practice.submit(teacher, NOW.plusSeconds(60));
        assertEquals(PracticeState.SUBMITTED, practice.getState());
    }

    @Test
    void publishingPutsItLiveWithoutAComment() {
        submitted();
        assertFalse(practice.isLive(NOW));
        assertNull(practice.review(supervisor, Practice.Decision.PUBLISH, "  ", NOW), "a blank comment is none");
        assertEquals(PracticeState.PUBLISHED, practice.getState());
        assertTrue(practice.isLive(NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Practice.Decision.class, names = {"RETURN", "REJECT"})
    void returningOrRejectingNeedsACommentForTheAuthor(Practice.Decision decision) {
        submitted();
        InvalidFields refused = assertThrows(InvalidFields.class, () -> practice.review(supervisor, decision, null, NOW));
        assertTrue(refused.messages(Locale.ENGLISH).containsKey("comment"), refused.messages(Locale.ENGLISH).toString());
        assertEquals(PracticeState.SUBMITTED, practice.getState(), "nothing changed");
        assertEquals("ยังขาดหลักฐาน", practice.review(supervisor, decision, "  ยังขาดหลักฐาน ", NOW), "the comment, trimmed");
    }

    @Test
    void aCommentHasALimitAndADecisionMustBeMade() {
        submitted();
        InvalidFields tooLong = assertThrows(InvalidFields.class, () -> practice.review(supervisor, Practice.Decision.REJECT,
                "ก".repeat(Practice.MAX_REVIEW_COMMENT + 1), NOW));
        assertTrue(tooLong.messages(Locale.ENGLISH).containsKey("comment"));
        InvalidFields none = assertThrows(InvalidFields.class, () -> practice.review(supervisor, null, "ความเห็น", NOW));
        assertTrue(none.messages(Locale.ENGLISH).containsKey("decision"));
        assertEquals(PracticeState.SUBMITTED, practice.getState());
    }

    @Test
    void nobodyReviewsTheirOwnPractice() {
        Practice own = new Practice(supervisor.account());
        own.submit(supervisor, NOW);
        assertEquals("practice.ownReview", refusal(() -> own.review(supervisor, Practice.Decision.PUBLISH, null, NOW)));
        assertEquals(PracticeState.SUBMITTED, own.getState());
    }

    @Test
    void onlyASubmittedPracticeIsReviewed() {
        assertEquals("practice.notSubmitted", refusal(() -> practice.review(supervisor, Practice.Decision.PUBLISH, null, NOW)));
        submitted();
        practice.review(supervisor, Practice.Decision.REJECT, "ไม่ตรงเกณฑ์", NOW);
        assertEquals("practice.notSubmitted", refusal(() -> practice.review(supervisor, Practice.Decision.PUBLISH, null, NOW)),
                "a rejected practice stays rejected");
        assertEquals("practice.notSubmittable", refusal(() -> practice.submit(teacher, NOW)), "and is not sent again");
    }

    @Test
    void itsAuthorEditsItOnlyWhileItIsTheirsToChangeStaffAlways() {
        assertTrue(practice.mayBeEditedBy(teacher));
        assertFalse(practice.mayBeEditedBy(otherTeacher));
        submitted();
        assertFalse(practice.mayBeEditedBy(teacher), "under review");
        assertTrue(practice.mayBeEditedBy(supervisor), "staff correct it");
        practice.review(supervisor, Practice.Decision.RETURN, "แก้ไขชื่อเรื่อง", NOW);
        assertTrue(practice.mayBeEditedBy(teacher), "returned: theirs again");
    }

    @Test
    void onlyAPublishedPracticeIsFeaturedAndFeaturingTwiceChangesNothing() {
        assertEquals("practice.featureOnlyPublished", refusal(() -> practice.feature(true)));
        assertFalse(practice.feature(false), "taking off what is not on changes nothing");
        submitted();
        practice.review(supervisor, Practice.Decision.PUBLISH, null, NOW);
        assertTrue(practice.feature(true));
        assertTrue(practice.isFeatured());
        assertFalse(practice.feature(true), "already on the home page");
    }

    @Test
    void starsAreForPublishedPracticesFromOthersOneToFive() {
        assertEquals("practice.rateOnlyPublished", refusal(() -> practice.checkRating(otherTeacher, 5)));
        submitted();
        practice.review(supervisor, Practice.Decision.PUBLISH, null, NOW);
        assertEquals("practice.noSelfRating", refusal(() -> practice.checkRating(teacher, 5)));
        assertThrows(InvalidFields.class, () -> practice.checkRating(otherTeacher, 0));
        assertThrows(InvalidFields.class, () -> practice.checkRating(otherTeacher, 6));
        practice.checkRating(otherTeacher, 1);
        practice.checkRating(otherTeacher, 5);
    }
}
