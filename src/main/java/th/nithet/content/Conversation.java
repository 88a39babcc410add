package th.nithet.content;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.people.AccountFetch;
import th.nithet.platform.rules.RuleViolation;

import java.util.List;

/**
 * Comments and likes on any content item. Members who may read an item comment on it and like it;
 * authors edit and delete their comments; staff hide comments (moderation) and show them again.
 */
@Stateless
@PermitAll
public class Conversation {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.audit.AuditTrail audit;

    @Inject
    Viewers viewers;

    public Comment comment(long contentId, String text) {
        Viewer viewer = viewers.signedIn();
        ContentItem item = viewer.checkRead(em.find(ContentItem.class, contentId), PortalClock.instant());
        RuleViolation.require(item.isLive(PortalClock.instant()), "comment.notLive");
        Comment comment = new Comment(item, viewer.account(), body(text));
        em.persist(comment);
        recount(item);
        return comment;
    }

    public Comment edit(long commentId, String text) {
        Viewer viewer = viewers.signedIn();
        Comment comment = existing(commentId, viewer);
        if (!viewer.isSignedIn() || !comment.getAuthor().getId().equals(viewer.account().getId()) || !comment.isVisible()) {
            throw new ContentAccessDenied(false);
        }
        comment.edit(body(text));
        return comment;
    }

    /** By its author: gone from the page, kept in the database. */
    public void delete(long commentId) {
        Viewer viewer = viewers.signedIn();
        Comment comment = existing(commentId, viewer);
        boolean author = comment.getAuthor().getId().equals(viewer.account().getId());
        if (!author && !viewer.isStaff()) {
            throw new ContentAccessDenied(false);
        }
        comment.setStatus(Comment.Status.DELETED);
        recount(comment.getContent());
        audit.record(th.nithet.audit.AuditAction.COMMENT_DELETED, "comment", comment.getId(), comment.getContent().getTitle(),
                author ? "โดยผู้เขียน" : "โดยเจ้าหน้าที่");
    }

    /** Staff only: hide (or show again) a comment. */
    public void moderate(long commentId, boolean hidden) {
        Viewer viewer = viewers.signedIn();
        Comment comment = existing(commentId, viewer);
        if (!viewer.isStaff()) {
            throw new ContentAccessDenied(false);
        }
        RuleViolation.require(comment.getStatus() != Comment.Status.DELETED, "comment.deleted");
        comment.setStatus(hidden ? Comment.Status.HIDDEN : Comment.Status.VISIBLE);
        recount(comment.getContent());
        audit.record(hidden ? th.nithet.audit.AuditAction.COMMENT_HIDDEN : th.nithet.audit.AuditAction.COMMENT_SHOWN, "comment",
                comment.getId(), comment.getContent().getTitle(), null);
    }

    /** Comments the caller sees: visible ones; staff also see hidden ones (to show them again). */
    public List<Comment> comments(long contentId) {
        return comments(em.find(ContentItem.class, contentId), viewers.current());
    }

    /** As {@link #comments(long)}, for an item already read (the read check runs again, the item is not read twice). */
    private List<Comment> comments(ContentItem item, Viewer viewer) {
        viewer.checkRead(item, PortalClock.instant());
        return AccountFetch.manyWhole(em.createQuery("SELECT c FROM Comment c WHERE c.content.id = :id AND (c.status = :visible "
                        + "OR (:staff = TRUE AND c.status = :hidden)) ORDER BY c.createdAt, c.id", Comment.class), "c.author")
                .setParameter("id", item.getId()).setParameter("visible", Comment.Status.VISIBLE)
                .setParameter("staff", viewer.isStaff()).setParameter("hidden", Comment.Status.HIDDEN).getResultList();
    }

    /** Likes or unlikes; answers the new count. */
    public int like(long contentId, boolean like) {
        Viewer viewer = viewers.signedIn();
        ContentItem item = viewer.checkRead(em.find(ContentItem.class, contentId), PortalClock.instant());
        th.nithet.platform.rules.RuleViolation.require(!like || item.mayBeLikedByAuthor() || !viewer.isAuthorOf(item),
                "content.noSelfVote");
        if (like) {
            em.createNativeQuery("INSERT IGNORE INTO content_like (content_id, account_id, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))")
                    .setParameter(1, contentId).setParameter(2, viewer.account().getId()).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM content_like WHERE content_id = ? AND account_id = ?")
                    .setParameter(1, contentId).setParameter(2, viewer.account().getId()).executeUpdate();
        }
        em.createNativeQuery("UPDATE content_item SET like_count = (SELECT COUNT(*) FROM content_like WHERE content_id = ?) WHERE id = ?")
                .setParameter(1, contentId).setParameter(2, contentId).executeUpdate();
        // a statement, not an entity change: the kept anonymous pages need telling
        th.nithet.platform.web.PageChanges.afterCommit();
        em.refresh(item);
        return item.getLikeCount();
    }

    /** What an item's page shows of its conversation to the caller, read in one call (one look-up of the caller, not two). */
    public record Shown(List<Comment> comments, boolean liked) {
    }

    /** The comments the caller sees on an item its page has just read, and whether the caller likes it. */
    public Shown shown(ContentItem item) {
        Viewer viewer = viewers.current();
        return new Shown(comments(item, viewer), viewer.isSignedIn() && likes(item.getId(), viewer));
    }

    /** Whether the signed-in caller likes the item (for a page kept for every member: the caller's own like button). */
    public boolean likedByCaller(long contentId) {
        return viewers.callerAccountId().map(me -> ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM content_like WHERE content_id = ? AND account_id = ?")
                .setParameter(1, contentId).setParameter(2, me).getSingleResult()).intValue() > 0).orElse(false);
    }

    private boolean likes(long contentId, Viewer viewer) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM content_like WHERE content_id = ? AND account_id = ?")
                .setParameter(1, contentId).setParameter(2, viewer.account().getId()).getSingleResult()).intValue() > 0;
    }

    private void recount(ContentItem item) {
        em.flush();
        em.createNativeQuery("UPDATE content_item SET comment_count = (SELECT COUNT(*) FROM comment WHERE content_id = ? "
                + "AND status = 'VISIBLE') WHERE id = ?").setParameter(1, item.getId()).setParameter(2, item.getId()).executeUpdate();
        em.refresh(item);
    }

    private Comment existing(long commentId, Viewer viewer) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.getStatus() == Comment.Status.DELETED) {
            throw new ContentNotFound();
        }
        viewer.checkRead(comment.getContent(), PortalClock.instant());
        return comment;
    }

    /** Comments are plain text with line breaks: whatever looks like markup is shown as typed, never run. */
    private static String body(String text) {
        String clean = text == null ? "" : text.strip();
        RuleViolation.require(!clean.isEmpty(), "comment.empty");
        RuleViolation.require(clean.length() <= Comment.MAX_LENGTH, "comment.tooLong", Comment.MAX_LENGTH);
        return RichText.fromPlainText(clean);
    }
}
