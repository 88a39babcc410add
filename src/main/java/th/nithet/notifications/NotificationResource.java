package th.nithet.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.people.ProfileService;
import th.nithet.platform.api.ApiAccess;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code /api/v1/notifications}: the caller's notifications (the bell), reading them, and how they want mail. */
@ApplicationScoped
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notifications", description = "In-app and e-mail notifications")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    NotificationDigests digests;

    @Inject
    ProfileService profiles;

    @Inject
    SecurityContext security;

    public record NotificationView(long id, String kind, String subject, String link, Instant createdAt, boolean unread) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind().name().toLowerCase(Locale.ROOT), n.getSubject(), n.getLink(),
                    n.getCreatedAt(), n.isUnread());
        }
    }

    @Schema(name = "NotificationPage")

    public record Page(long total, long unread, List<NotificationView> items) {
    }

    /** {@code mail}: immediate, digest or never. */
    public record Settings(String mail) {
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first, with the unread count")
    public Page mine(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        List<NotificationView> items = notifications.mine(offset, limit).stream().map(NotificationView::of).toList();
        return new Page(notifications.countMine(), notifications.unread(), items);
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read (404 for someone else's)")
    public NotificationView read(@PathParam("id") long id) {
        return NotificationView.of(notifications.open(id));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all the caller's notifications read; answers how many were unread")
    public int readAll() {
        return notifications.readAll();
    }

    @GET
    @Path("settings")
    @Operation(summary = "How the caller gets notifications by e-mail")
    public Settings settings() {
        return new Settings(notifications.mailChoice().name().toLowerCase(Locale.ROOT));
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Choose e-mail: immediate (one mail each), digest (one a day at 07:00), never (the bell only)")
    public Settings choose(Settings settings) {
        MailChoice choice = ApiValues.oneOf(MailChoice.class, settings == null ? null : settings.mail(), "mail",
                "notifications.badMailChoice");
        return new Settings(profiles.chooseNotificationMail(choice).getNotifyByMail().name().toLowerCase(Locale.ROOT));
    }

    @POST
    @Path("digests")
    @Operation(summary = "Send every waiting daily digest now (admin); answers how many people got one")
    public int sendDigests() {
        ApiAccess.require(security, Role.ADMIN);
        return digests.sendNow();
    }
}
