package th.nithet.content;

import th.nithet.people.Account;
import th.nithet.platform.security.Role;

import java.time.Instant;
import java.util.Set;

/**
 * Who is looking: an account (with the roles it has now) or a visitor. The one place that says who
 * may read content; each feature's service adds who may change it.
 */
public record Viewer(Account account, Set<Role> roles) {

    public static final Viewer VISITOR = new Viewer(null, Set.of());

    public static Viewer of(Account account) {
        return account == null ? VISITOR : new Viewer(account, Set.copyOf(account.getRoles()));
    }

    public boolean isSignedIn() {
        return account != null;
    }

    /** Supervisors and administrators. */
    public boolean isStaff() {
        return roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isAuthorOf(ContentItem item) {
        return account != null && item.getAuthor().getId().equals(account.getId());
    }

    /** The item's visibility lets this viewer in (whether or not it is published). */
    public boolean mayRead(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> isSignedIn();
            case STAFF -> isStaff();
        };
    }

    /** Readers see live items they may read; authors and staff also see drafts, scheduled and unpublished ones. */
    public boolean canRead(ContentItem item, Instant now) {
        return (mayRead(item.getVisibility()) || item.isOpenTo(this)) && (item.isLive(now) || isAuthorOf(item) || isStaff());
    }

    /** The visibilities this viewer may read, for list queries. */
    public Set<Visibility> readableVisibilities() {
        if (isStaff()) {
            return Set.of(Visibility.PUBLIC, Visibility.MEMBERS, Visibility.STAFF);
        }
        return isSignedIn() ? Set.of(Visibility.PUBLIC, Visibility.MEMBERS) : Set.of(Visibility.PUBLIC);
    }

    /**
     * The item, if this viewer may read it. Otherwise not found when it is not live (someone else's
     * draft is nobody else's business), or denied when its visibility is the reason.
     */
    public <T extends ContentItem> T checkRead(T item, Instant now) {
        if (item == null) {
            throw new ContentNotFound();
        }
        if (!canRead(item, now)) {
            if (!item.isLive(now)) {
                throw new ContentNotFound();
            }
            throw new ContentAccessDenied(!isSignedIn());
        }
        return item;
    }

    /** The item, if this viewer may change it; otherwise as {@link #checkRead}, or denied. */
    public <T extends ContentItem> T checkEdit(T item, Instant now) {
        checkRead(item, now);
        if (!item.mayBeEditedBy(this)) {
            throw new ContentAccessDenied(!isSignedIn());
        }
        return item;
    }
}
