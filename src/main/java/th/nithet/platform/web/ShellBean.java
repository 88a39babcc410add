package th.nithet.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.security.Role;
import th.nithet.platform.security.SignedInAccount;
import th.nithet.platform.time.ThaiDates;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the page frame shows: language, who is signed in, the navigation their role allows,
 * today's date. The template talks only to this bean.
 */
@Named("shell")
@RequestScoped
public class ShellBean {

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.fromRequest(request);
        }
        return locale;
    }

    /** For {@code <html lang>}: "th" or "en". */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isThai() {
        return ThaiDates.isThai(getLocale());
    }

    /** The link that switches to the other language and comes back to this page. */
    public String getSwitchLanguageUrl() {
        String other = isThai() ? "en" : "th";
        return request.getContextPath() + "/language?to=" + other + "&next="
                + URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
    }

    public String getToday() {
        return ThaiDates.longDate(ThaiDates.today(), getLocale());
    }

    /** A day in the page's language: "1 มิ.ย. 2560" or "1 Jun 2017"; empty for none. */
    /** "1250" → "1,250", "1250.50" → "1,250.50"; anything that is not a number is shown as it is. */
    public String number(String value) {
        if (value == null || !value.matches("-?[0-9]{4,18}(\\.[0-9]+)?")) {
            return value;
        }
        String[] parts = value.split("\\.");
        String grouped = String.format(Locale.ROOT, "%,d", Long.parseLong(parts[0]));
        return parts.length > 1 ? grouped + "." + parts[1] : grouped;
    }

    /** 12500 → "12,500". */
    public String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A month's name in the page's language (10 → "ตุลาคม"); "" for none. */
    public String monthName(Integer month) {
        return month == null ? "" : ThaiDates.monthName(month, getLocale());
    }

    public String shortDate(java.time.LocalDate date) {
        return date == null ? "" : ThaiDates.shortDate(date, getLocale());
    }

    /** The office's time zone, for views that turn moments into days. */
    public java.time.ZoneId getZone() {
        return ThaiDates.ZONE;
    }

    /** A moment in Bangkok time in the page's language. */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : ThaiDates.dateTime(instant, getLocale());
    }

    public SignedInAccount getAccount() {
        HttpSession session = request.getSession(false);
        return session == null ? null
                : session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who ? who : null;
    }

    /** Expression Language 5 does not read record components as properties: the view asks here. */
    public String getDisplayName() {
        return isSignedIn() ? PersonalParts.of(PersonalParts.NAME, () -> getAccount().displayName()) : null;
    }

    /** The signed-in person's secret for stateless forms ({@link FormToken}); empty for visitors, who post none. */
    public String getFormToken() {
        return isSignedIn() ? PersonalParts.of(PersonalParts.TOKEN, () -> FormToken.of(request.getSession())) : "";
    }

    /**
     * Whether the page's forms are stateless (a page that says so with {@code statelessForVisitors}): for visitors; for a
     * signed-in reader when the page is kept for everyone with their roles; and for the post back from such a page, whose view Faces then
     * builds anew (it must be stateless to be built so; the page may make it stateful again, see ContentItemPage).
     */
    public boolean isStatelessView() {
        return !isSignedIn() || PersonalParts.shared(request)
                || "POST".equals(request.getMethod()) && "stateless".equals(request.getParameter("jakarta.faces.ViewState"));
    }

    public String getUsername() {
        return isSignedIn() ? getAccount().username() : null;
    }

    public boolean isSignedIn() {
        return getAccount() != null;
    }

    public boolean isAdmin() {
        return isSignedIn() && getAccount().has(Role.ADMIN);
    }

    public boolean isSupervisor() {
        return isSignedIn() && (getAccount().has(Role.SUPERVISOR) || getAccount().has(Role.ADMIN));
    }

    /** The signed-in account's roles in the page's language, e.g. "ผู้ดูแลระบบ". */
    public String getRoleNames() {
        SignedInAccount who = getAccount();
        return who == null ? "" : who.roles().stream().sorted()
                .map(role -> Messages.get(getLocale(), "role." + role.name()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String getLoginUrl() {
        String path = currentPath();
        return request.getContextPath() + "/login.xhtml"
                + (path.equals("/") || path.startsWith("/login") ? "" : "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }

    /** Signs out and returns to the home page. A POST from the frame's form, so it is CSRF-safe. */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + "/?signedOut=1");
    }

    public String getContextPath() {
        return request.getContextPath();
    }

    /** The page's path without the context path or query ("/questions/42"), even behind a forward. */
    public String getPagePath() {
        String path = currentPath();
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private String currentPath() {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        String query = forwarded != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        return path.isEmpty() ? "/" : query == null ? path : path + "?" + query;
    }
}
