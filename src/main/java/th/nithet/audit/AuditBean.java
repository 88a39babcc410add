package th.nithet.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;
import th.nithet.platform.web.Paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The administrators' audit page ({@code /admin/audit.xhtml}): a plain GET form, so a search is an address that can be
 * shared and the page keeps no state; 50 records a page, newest first.
 */
@Named("auditBean")
@RequestScoped
public class AuditBean {

    private static final int PAGE_SIZE = 50;

    @Inject
    AuditTrail trail;

    private String actor;
    private String action;
    private String subject;
    private String from;
    private String to;
    private Integer page;
    private List<AuditEvent> events = List.of();
    private Paging paging = Paging.of(1, PAGE_SIZE, 0);

    public void load() {
        try {
            AuditTrail.Filter filter = AuditResource.filter(actor, action, subject, from, to);
            paging = Paging.of(page, PAGE_SIZE, trail.count(filter));
            events = trail.search(filter, paging.offset(), PAGE_SIZE);
        } catch (RuleViolation bad) {
            Feedback.error(bad);
        }
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    /** The same search as this page, for the CSV and XLSX downloads and the page links. */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "actor", actor);
        append(query, "action", action);
        append(query, "subject", subject);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public Paging getPaging() {
        return paging;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
