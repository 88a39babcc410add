package th.nithet.supervision;

import org.junit.jupiter.api.Test;
import th.nithet.content.Viewer;
import th.nithet.people.People;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An online supervision's coaching steps and who takes part, without a container. */
class SupervisionTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private final Viewer supervisor = People.viewer(1, "sn.mali", Role.SUPERVISOR);
    private final Viewer teacher = People.viewer(2, "kru.somsak");
    private final Viewer outsider = People.viewer(3, "kru.other");
    private final Supervision supervision = new Supervision(supervisor.account(), NOW);

    SupervisionTest() {
        supervision.setup(null, Set.of(teacher.account()), null, null);
    }

    private static Set<String> refusedFields(Runnable action) {
        return assertThrows(InvalidFields.class, action::run).messages(Locale.ENGLISH).keySet();
    }

    @Test
    void anAgreedActionNeedsItsDueDateOtherStepsKeepNone() {
        assertEquals(Set.of("dueOn"), refusedFields(() ->
                supervision.record(supervisor.account(), StepKind.ACTION, "ทำแผนการสอนใหม่", TODAY, null, TODAY, NOW)));
        CoachingStep action = supervision.record(supervisor.account(), StepKind.ACTION, "ทำแผนการสอนใหม่", TODAY,
                TODAY.plusDays(14), TODAY, NOW);
        assertEquals(TODAY.plusDays(14), action.getDueOn());
        CoachingStep plan = supervision.record(supervisor.account(), StepKind.PLAN, "สังเกตการอ่าน", null, TODAY.plusDays(3), TODAY, NOW);
        assertNull(plan.getDueOn(), "only an action has a due date");
        assertEquals(TODAY, plan.getHappenedOn(), "no date: today");
    }

    @Test
    void aStepSaysSomethingWithinItsLimitAndHasAKind() {
        assertEquals(Set.of("kind", "text"), refusedFields(() -> supervision.record(supervisor.account(), null, "   ", TODAY, null, TODAY, NOW)));
        assertEquals(Set.of("text"), refusedFields(() -> supervision.record(supervisor.account(), StepKind.PLAN,
                "ก".repeat(CoachingStep.MAX_TEXT + 1), TODAY, null, TODAY, NOW)));
        assertEquals("ข้อค้นพบ", supervision.record(supervisor.account(), StepKind.PLAN, "  ข้อค้นพบ \n", TODAY, null, TODAY, NOW).getText());
    }

    @Test
    void aClosedThreadTakesNoMoreStepsUntilItIsReopened() {
        supervision.moveTo(SupervisionState.CLOSED, NOW);
        assertTrue(supervision.isClosed());
        assertEquals(NOW, supervision.getClosedAt());
        assertEquals("supervision.closed", assertThrows(RuleViolation.class, () ->
                supervision.record(supervisor.account(), StepKind.PLAN, "ติดตามผล", TODAY, null, TODAY, NOW)).key());
        supervision.moveTo(SupervisionState.OPEN, NOW.plusSeconds(60));
        assertNull(supervision.getClosedAt());
        assertEquals(NOW.plusSeconds(60), supervision.getLastActivityAt());
        supervision.record(supervisor.account(), StepKind.PLAN, "ติดตามผล", TODAY, null, TODAY, NOW);
    }

    @Test
    void anActionIsDoneOnceAndOnlyActionsAreDone() {
        CoachingStep action = supervision.record(supervisor.account(), StepKind.ACTION, "จัดมุมอ่าน", TODAY, TODAY.plusDays(7), TODAY, NOW);
        assertTrue(action.markDone(NOW));
        assertFalse(action.markDone(NOW.plusSeconds(5)), "done already");
        assertEquals(NOW, action.getDoneAt());
        CoachingStep plan = supervision.record(supervisor.account(), StepKind.PLAN, "สังเกตการสอน", TODAY, null, TODAY, NOW);
        assertEquals("supervision.notAnAction", assertThrows(RuleViolation.class, () -> plan.markDone(NOW)).key());
    }

    @Test
    void anActionIsOverdueTheDayAfterItsDueDateUntilDone() {
        CoachingStep action = supervision.record(supervisor.account(), StepKind.ACTION, "ส่งแผน", TODAY, TODAY.plusDays(7), TODAY, NOW);
        assertFalse(action.isOverdue(TODAY.plusDays(7)), "due today is not late");
        assertTrue(action.isOverdue(TODAY.plusDays(8)));
        action.markDone(NOW);
        assertFalse(action.isOverdue(TODAY.plusDays(8)));
    }

    @Test
    void participantsTakePartOthersDoNotAndStaffAlwaysMay() {
        assertTrue(supervision.isOpenTo(teacher));
        assertTrue(supervision.isSchoolSide(teacher));
        assertFalse(supervision.isOpenTo(outsider));
        assertFalse(supervision.isOpenTo(Viewer.VISITOR));
        assertTrue(supervision.mayBeEditedBy(supervisor));
        assertTrue(supervision.mayBeEditedBy(teacher), "the school's side adds files while it is open");
        assertFalse(supervision.mayBeEditedBy(outsider));
        supervision.moveTo(SupervisionState.CLOSED, NOW);
        assertFalse(supervision.mayBeEditedBy(teacher), "not once it is closed");
        assertTrue(supervision.mayBeEditedBy(supervisor));
    }

    @Test
    void searchFindsTheThreadForItsParticipants() {
        assertEquals(1, supervision.searchReaders().size());
        assertFalse(supervision.isSchoolSide(supervisor), "staff are not the school's side");
    }
}
