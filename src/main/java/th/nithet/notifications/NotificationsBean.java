package th.nithet.notifications;

import th.nithet.platform.web.PersonalParts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.people.ProfileService;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;
import th.nithet.platform.web.Paging;

import java.io.IOException;
import java.util.List;

/**
 * The bell in the header (unread count) and the notifications page ({@code /notifications.xhtml}):
 * the list, opening one (marks it read, then goes to what it is about), all read, and the e-mail choice.
 */
@Named
@RequestScoped
public class NotificationsBean {

    public static final int PAGE_SIZE = 20;

    @Inject
    Notifications notifications;

    @Inject
    ProfileService profiles;

    private Long unread;
    private Long open;
    private Integer page;
    private Paging paging;
    private List<Notification> items;
    private MailChoice mail;

    /** For the bell: counted once per request, only for people signed in. */
    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    /** The bell's count as the header shows it: empty when nothing is unread (a part of the page each reader has their own of). */
    public String getUnreadText() {
        return PersonalParts.of(UnreadCount.PART, () -> UnreadCount.text(getUnread()));
    }

    /** The view action: opens {@code ?open=} (and goes there), or lists; visitors are sent to sign in. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            if (open != null) {
                Notification n = notifications.open(open);
                external.redirect(external.getRequestContextPath() + n.getLink());
                return;
            }
            paging = Paging.of(page, PAGE_SIZE, notifications.countMine());
            items = notifications.mine(paging.offset(), PAGE_SIZE);
            if (mail == null) {
                mail = notifications.mailChoice();
            }
        } catch (ContentAccessDenied e) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/notifications.xhtml");
        } catch (ContentNotFound e) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void readAll() throws IOException {
        int read = notifications.readAll();
        Feedback.info("notifications.allRead", read);
        unread = null;
        load();
    }

    public void saveMail() throws IOException {
        try {
            profiles.chooseNotificationMail(mail);
            Feedback.info("notifications.mailSaved");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
        load();
    }

    public MailChoice[] getMailChoices() {
        return MailChoice.values();
    }

    public List<Notification> getItems() {
        return items;
    }

    public Paging getPaging() {
        return paging;
    }

    public Long getOpen() {
        return open;
    }

    public void setOpen(Long open) {
        this.open = open;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public MailChoice getMail() {
        return mail;
    }

    public void setMail(MailChoice mail) {
        this.mail = mail;
    }
}
