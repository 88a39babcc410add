package th.nithet.news;

import org.junit.jupiter.api.Test;
import th.nithet.Entities;
import th.nithet.content.files.TestAttachments;
import th.nithet.content.Viewer;
import th.nithet.people.People;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who changes a news item and what its cover may be, without a container. */
class NewsTest {

    private final Viewer writer = People.viewer(1, "sn.writer", Role.SUPERVISOR);
    private final News news = Entities.withId(new News(writer.account()), 20);

    @Test
    void itsAuthorChangesItWhileStaffAdministratorsAlways() {
        assertTrue(news.mayBeEditedBy(writer));
        assertFalse(news.mayBeEditedBy(People.viewer(2, "sn.other", Role.SUPERVISOR)), "another supervisor's news is theirs");
        assertTrue(news.mayBeEditedBy(People.viewer(3, "admin", Role.ADMIN)));
        assertFalse(news.mayBeEditedBy(People.viewer(1, "sn.writer")), "no longer staff: no longer writes news");
        assertFalse(news.mayBeEditedBy(Viewer.VISITOR));
    }

    @Test
    void oneOfItsOwnPicturesBecomesItsCover() {
        news.useAsCover(TestAttachments.file(news, 5, "อบรม.jpg", "image/jpeg", writer.account()));
        assertEquals(5L, news.getCoverAttachmentId());
        news.useAsCover(null);
        assertNull(news.getCoverAttachmentId(), "and none again");
    }

    @Test
    void aDocumentOrAnotherItemsPictureIsNoCover() {
        assertEquals("news.coverNotPicture", assertThrows(RuleViolation.class, () ->
                news.useAsCover(TestAttachments.file(news, 6, "กำหนดการ.pdf", "application/pdf", writer.account()))).key());
        News other = Entities.withId(new News(writer.account()), 21);
        assertEquals("news.coverNotPicture", assertThrows(RuleViolation.class, () ->
                news.useAsCover(TestAttachments.file(other, 7, "ภาพ.png", "image/png", writer.account()))).key());
        assertNull(news.getCoverAttachmentId(), "nothing changed");
    }

    @Test
    void aCategoryIsNamedInThaiAndPinningIsKept() {
        news.setCategory(NewsCategory.GENERAL);
        assertEquals(NewsCategory.GENERAL, news.getCategory());
        assertFalse(news.getCategoryLabel().isBlank());
        assertFalse(news.isPinned());
        news.setPinned(true);
        assertTrue(news.isPinned());
    }
}
