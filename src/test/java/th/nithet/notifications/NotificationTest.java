package th.nithet.notifications;

import org.junit.jupiter.api.Test;
import th.nithet.people.Account;
import th.nithet.people.People;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is told, how the mail side of a notification starts, and what reading and digesting do to it, without a container. */
class NotificationTest {

    private static final Instant NOON = Instant.parse("2026-12-05T05:00:00Z");

    private final Account asker = People.withMail(People.account(1, "kru.suda"), "suda@school.example", MailChoice.IMMEDIATE);

    @Test
    void eachEnabledPersonIsToldOnceInTheOrderGiven() {
        Account follower = People.account(2, "kru.anan");
        Account gone = People.disabled(People.account(3, "kru.old"));
        List<Account> told = List.copyOf(Notification.recipients(Arrays.asList(asker, follower, null, gone, asker)));
        assertEquals(List.of(asker, follower), told);
    }

    @Test
    void theMailStartsAsThePersonChose() {
        assertEquals(Notification.Mail.SENT, Notification.Mail.firstFor(asker));
        assertEquals(Notification.Mail.WAITING,
                Notification.Mail.firstFor(People.withMail(People.account(2, "a"), "a@school.example", MailChoice.DIGEST)));
        assertEquals(Notification.Mail.NONE,
                Notification.Mail.firstFor(People.withMail(People.account(3, "b"), "b@school.example", MailChoice.NEVER)));
    }

    @Test
    void withoutAnAddressThereIsNoMailWhateverTheChoice() {
        assertEquals(Notification.Mail.NONE, Notification.Mail.firstFor(People.account(2, "kru.nomail")));
        assertEquals(Notification.Mail.NONE,
                Notification.Mail.firstFor(People.withMail(People.account(3, "kru.blank"), "  ", MailChoice.IMMEDIATE)));
    }

    @Test
    void aLongSubjectIsCutToTheColumnWithAnEllipsis() {
        Notification n = new Notification(asker, NotificationKind.ANSWERED, "ก".repeat(500), "/questions/1", NOON, Notification.Mail.NONE);
        assertEquals(Notification.MAX_SUBJECT, n.getSubject().length());
        assertTrue(n.getSubject().endsWith("…"));
        String exact = "ข".repeat(Notification.MAX_SUBJECT);
        assertEquals(exact, new Notification(asker, NotificationKind.NEWS, exact, "/news/1", NOON, Notification.Mail.NONE).getSubject());
    }

    @Test
    void readingKeepsTheFirstTimeItWasRead() {
        Notification n = new Notification(asker, NotificationKind.ACCEPTED, "คำตอบของคุณได้รับการยอมรับ", "/questions/1", NOON,
                Notification.Mail.SENT);
        assertTrue(n.isUnread());
        n.read(NOON.plusSeconds(60));
        n.read(NOON.plusSeconds(3600));
        assertFalse(n.isUnread());
        assertEquals(NOON.plusSeconds(60), n.getReadAt());
    }

    @Test
    void onlyANotificationWaitingForItGoesIntoADigest() {
        Notification waiting = new Notification(asker, NotificationKind.NEWS, "ข่าวใหม่", "/news/1", NOON, Notification.Mail.WAITING);
        waiting.digested();
        assertEquals(Notification.Mail.DIGESTED, waiting.getMail());
        Notification sent = new Notification(asker, NotificationKind.NEWS, "ข่าวใหม่", "/news/2", NOON, Notification.Mail.SENT);
        assertThrows(IllegalStateException.class, sent::digested, "a mail already sent is not sent again in a digest");
        assertThrows(IllegalStateException.class, waiting::digested, "nor is one already digested");
    }
}
