package th.nithet.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;
import th.nithet.platform.security.Role;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.ClientAddress;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records and reads the audit trail. {@link #record} joins the caller's transaction, so the record commits with the
 * action or not at all; only administrators read it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    /** An export is one file an office can open in a spreadsheet; a larger one is narrowed by its filter. */
    public static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Instance<HttpServletRequest> request;

    /** What to look for: any field may be empty; days are Bangkok days, both included. */
    public record Filter(String actor, AuditAction action, String subject, LocalDate from, LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** Records an action of the signed-in person (or of {@code actor} when nobody is signed in yet, as at a sign-in). */
    @PermitAll
    public void record(AuditAction action, String subjectType, String subject, String detail) {
        recordAs(null, action, subjectType, subject, detail);
    }

    /** An action on one item of the portal, named {@code #id title} (cut to the column's 200 characters). */
    @PermitAll
    public void record(AuditAction action, String subjectType, long id, String title, String detail) {
        String subject = "#" + id + " " + (title == null ? "" : title);
        record(action, subjectType, subject.length() > 200 ? subject.substring(0, 200) : subject, detail);
    }

    /** As {@link #record}, naming who acted when the caller is not signed in (a failed sign-in names the user name tried). */
    @PermitAll
    public void recordAs(String actor, AuditAction action, String subjectType, String subject, String detail) {
        Principal caller = security.getCallerPrincipal();
        String who = caller != null ? caller.getName() : actor;
        em.persist(new AuditEvent(Instant.now(), who, action, subjectType, subject, detail, address()));
    }

    public List<AuditEvent> search(Filter filter, int offset, int limit) {
        return query(filter, "SELECT e FROM AuditEvent e", AuditEvent.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(e) FROM AuditEvent e", Long.class).getSingleResult();
    }

    /** Every record the filter finds, newest first, up to {@link #EXPORT_LIMIT}; the export itself is recorded. */
    public List<AuditEvent> export(Filter filter) {
        record(AuditAction.AUDIT_EXPORTED, "audit", null, describe(filter));
        return search(filter, 0, EXPORT_LIMIT);
    }

    /** Forgets records older than the retention period (every node runs it; the same delete twice changes nothing). */
    @Schedule(hour = "3", minute = "50", persistent = false)
    @PermitAll
    void forgetOld() {
        int years = ConfigProvider.getConfig().getOptionalValue("nithet.audit.keep.years", Integer.class).orElse(5);
        int removed = em.createQuery("DELETE FROM AuditEvent e WHERE e.occurredAt < :before")
                .setParameter("before", ZonedDateTime.now(ThaiDates.ZONE).minusYears(Math.max(1, years)).toInstant())
                .executeUpdate();
        if (removed > 0) {
            LOG.info(() -> "Audit trail: removed " + removed + " records older than " + years + " years");
        }
    }

    private <T> TypedQuery<T> query(Filter filter, String select, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("e.actor = :actor");
            parameters.put("actor", filter.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            where.add("LOWER(e.subject) LIKE :subject");
            parameters.put("subject", "%" + filter.subject().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(ThaiDates.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(ThaiDates.ZONE).toInstant());
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + (type == Long.class ? "" : " ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String describe(Filter filter) {
        return "actor=" + nullToEmpty(filter.actor()) + " action=" + (filter.action() == null ? "" : filter.action()) + " subject="
                + nullToEmpty(filter.subject()) + " from=" + (filter.from() == null ? "" : filter.from()) + " to="
                + (filter.to() == null ? "" : filter.to());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The address the request came from; none for work the portal does on its own (jobs, the demo's generator). */
    private String address() {
        try {
            return request.isResolvable() ? ClientAddress.of(request.get()) : null;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            LOG.log(Level.FINEST, "no request to take an address from", noRequest);
            return null;
        }
    }
}
