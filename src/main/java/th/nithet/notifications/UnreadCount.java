package th.nithet.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import th.nithet.platform.web.HeaderPart;

/** The bell's count in the header of a reading page kept for everyone with the same roles, filled in for each of them. */
@ApplicationScoped
public class UnreadCount implements HeaderPart {

    static final String PART = "unread";

    @Inject
    Notifications notifications;

    @Override
    public String name() {
        return PART;
    }

    @Override
    public String value(HttpServletRequest request) {
        return text(notifications.unread());
    }

    /** Nothing when all is read: the count's badge is then hidden. */
    static String text(long unread) {
        return unread > 0 ? String.valueOf(unread) : "";
    }
}
