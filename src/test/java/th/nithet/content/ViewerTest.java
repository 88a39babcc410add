package th.nithet.content;

import org.junit.jupiter.api.Test;
import th.nithet.Entities;
import th.nithet.people.Account;
import th.nithet.people.People;
import th.nithet.platform.security.Role;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may read an item: the one place every feature's reading rule comes from, without a container. */
class ViewerTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    /** The smallest content item: its author edits it. */
    static final class Note extends ContentItem {
        Note(Account author, Visibility visibility) {
            super(author);
            write("บันทึก", "<p>เนื้อหา</p>", visibility, Set.of(), Set.of());
        }

        @Override
        public ContentType type() {
            return ContentType.ARTICLE;
        }

        @Override
        public boolean mayBeEditedBy(Viewer viewer) {
            return viewer.isAuthorOf(this);
        }
    }

    private final Viewer author = People.viewer(1, "kru.author");
    private final Viewer member = People.viewer(2, "kru.member");
    private final Viewer supervisor = People.viewer(3, "sn.staff", Role.SUPERVISOR);
    private final Viewer admin = People.viewer(4, "admin", Role.ADMIN);

    private Note live(Visibility visibility) {
        Note note = Entities.withId(new Note(author.account(), visibility), 7);
        note.publish(NOW.minusSeconds(60));
        return note;
    }

    @Test
    void aPublicLiveItemIsForEveryoneAMembersItemForThoseSignedInAStaffItemForStaff() {
        assertTrue(Viewer.VISITOR.canRead(live(Visibility.PUBLIC), NOW));
        assertFalse(Viewer.VISITOR.canRead(live(Visibility.MEMBERS), NOW));
        assertTrue(member.canRead(live(Visibility.MEMBERS), NOW));
        assertFalse(member.canRead(live(Visibility.STAFF), NOW));
        assertTrue(supervisor.canRead(live(Visibility.STAFF), NOW));
        assertTrue(admin.canRead(live(Visibility.STAFF), NOW));
    }

    @Test
    void aDraftIsItsAuthorsAndStaffsBusinessOnly() {
        Note draft = new Note(author.account(), Visibility.PUBLIC);
        assertTrue(author.canRead(draft, NOW));
        assertTrue(supervisor.canRead(draft, NOW));
        assertFalse(member.canRead(draft, NOW));
        assertFalse(Viewer.VISITOR.canRead(draft, NOW));
    }

    @Test
    void aScheduledItemIsNotLiveBeforeItsTime() {
        Note scheduled = new Note(author.account(), Visibility.PUBLIC);
        scheduled.publish(NOW.plusSeconds(3600));
        assertFalse(scheduled.isLive(NOW));
        assertTrue(scheduled.isScheduled(NOW));
        assertFalse(member.canRead(scheduled, NOW));
        assertTrue(member.canRead(scheduled, NOW.plusSeconds(3600)), "live at its time");
    }

    @Test
    void anUnpublishedItemLeavesTheReaders() {
        Note note = live(Visibility.PUBLIC);
        note.unpublish();
        assertFalse(note.isLive(NOW));
        assertFalse(member.canRead(note, NOW));
        assertTrue(author.canRead(note, NOW));
    }

    @Test
    void whoIsRefusedLearnsOnlyWhatTheyMayKnow() {
        // someone else's draft: as if it were not there
        assertThrows(ContentNotFound.class, () -> member.checkRead(new Note(author.account(), Visibility.PUBLIC), NOW));
        assertThrows(ContentNotFound.class, () -> member.checkRead(null, NOW));
        // a live item they may not read: denied, and a visitor is told that signing in would help
        ContentAccessDenied visitor = assertThrows(ContentAccessDenied.class, () -> Viewer.VISITOR.checkRead(live(Visibility.MEMBERS), NOW));
        assertEquals(401, visitor.status());
        ContentAccessDenied teacher = assertThrows(ContentAccessDenied.class, () -> member.checkRead(live(Visibility.STAFF), NOW));
        assertEquals(403, teacher.status());
        Note readable = live(Visibility.MEMBERS);
        assertSame(readable, member.checkRead(readable, NOW));
    }

    @Test
    void editingNeedsTheTypesOwnRuleOnTopOfReading() {
        Note note = live(Visibility.PUBLIC);
        assertSame(note, author.checkEdit(note, NOW));
        assertThrows(ContentAccessDenied.class, () -> member.checkEdit(note, NOW));
    }

    @Test
    void listsAskOnlyForTheVisibilitiesTheViewerMayRead() {
        assertEquals(Set.of(Visibility.PUBLIC), Viewer.VISITOR.readableVisibilities());
        assertEquals(Set.of(Visibility.PUBLIC, Visibility.MEMBERS), member.readableVisibilities());
        assertEquals(Set.of(Visibility.values()), supervisor.readableVisibilities());
        assertTrue(admin.isStaff() && admin.isAdmin());
        assertFalse(supervisor.isAdmin());
    }

    @Test
    void theAuthorIsKnownByTheirAccountNotTheirName() {
        Note note = live(Visibility.PUBLIC);
        assertTrue(author.isAuthorOf(note));
        assertFalse(People.viewer(99, "kru.author").isAuthorOf(note), "the same name, another account");
        assertFalse(Viewer.VISITOR.isAuthorOf(note));
    }
}
