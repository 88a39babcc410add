package th.nithet.supervision;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.organisation.School;
import th.nithet.people.Account;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.time.ThaiDates;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The supervisors' yearly plans (แผนการนิเทศ) and their progress. A planned line is held when its
 * supervisor had a supervision with that school in that month: opened then, or a coaching step
 * dated then. Supervisors keep their own plan; administrators any. Staff read every plan.
 */
@Stateless
@PermitAll
public class SupervisionPlans {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Viewers viewers;

    /** A planned line and whether it was held. */
    public record Line(PlannedSupervision planned, boolean held) {
    }

    /** Planned and held, for one supervisor, network or school. */
    public record Tally(String name, int planned, int held) {
        public int getPercent() {
            return planned == 0 ? 0 : Math.round(held * 100f / planned);
        }
    }

    /** A fiscal year's plan of one supervisor (all supervisors when null) and how far it got. */
    public record Progress(int fiscalYear, List<Line> lines, Tally total, List<Tally> bySupervisor, List<Tally> byNetwork,
                           List<Tally> bySchool, List<School> notReached) {
    }

    public PlannedSupervision add(String supervisorUsername, int fiscalYear, int month, Long schoolId, String topic) {
        Viewer viewer = viewers.staff();
        Account supervisor = supervisor(supervisorUsername, viewer);
        String clean = topic == null ? "" : topic.strip().replaceAll("\\s+", " ");
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        InvalidFields.collect()
                .check(month >= 1 && month <= 12, "month", "plan.badMonth")
                .check(fiscalYear >= 2500 && fiscalYear <= 2700, "fiscalYear", "plan.badYear", fiscalYear)
                .check(school != null, "schoolId", "supervision.unknownSchool", schoolId)
                .check(!clean.isEmpty(), "topic", "plan.topicRequired")
                .check(clean.length() <= PlannedSupervision.MAX_TOPIC, "topic", "plan.topicTooLong", PlannedSupervision.MAX_TOPIC)
                .throwIfAny();
        PlannedSupervision line = new PlannedSupervision(supervisor, fiscalYear, month, school, clean, PortalClock.instant());
        em.persist(line);
        return line;
    }

    public void remove(long id) {
        Viewer viewer = viewers.staff();
        PlannedSupervision line = em.find(PlannedSupervision.class, id);
        if (line == null) {
            throw new ContentNotFound();
        }
        if (!viewer.isAdmin() && !line.getSupervisor().getId().equals(viewer.account().getId())) {
            throw new ContentAccessDenied(false);
        }
        em.remove(line);
    }

    /** Progress of {@code supervisorUsername}'s plan (null: every supervisor's) in a fiscal year (staff). */
    public Progress progress(int fiscalYear, String supervisorUsername) {
        viewers.staff();
        Account supervisor = supervisorUsername == null || supervisorUsername.isBlank() ? null
                : em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", supervisorUsername.strip()).getResultStream().findFirst().orElseThrow(ContentNotFound::new);
        var query = em.createQuery("SELECT p FROM PlannedSupervision p WHERE p.fiscalYear = :y"
                + (supervisor == null ? "" : " AND p.supervisor = :s") + " ORDER BY p.month, p.id", PlannedSupervision.class)
                .setParameter("y", fiscalYear);
        if (supervisor != null) {
            query.setParameter("s", supervisor);
        }
        List<PlannedSupervision> planned = query.getResultList();
        FiscalYear year = new FiscalYear(fiscalYear);
        Set<String> held = heldKeys(year);
        List<Line> lines = planned.stream()
                .sorted(Comparator.comparing(PlannedSupervision::getYearMonth).thenComparing(PlannedSupervision::getId))
                .map(p -> new Line(p, held.contains(key(p.getSupervisor().getId(), p.getSchool().getId(), p.getYearMonth()))))
                .toList();
        Set<Long> reached = new HashSet<>();
        held.forEach(k -> reached.add(Long.parseLong(k.split(":")[1])));
        List<School> notReached = em.createQuery("SELECT s FROM School s WHERE s.active = TRUE ORDER BY s.name", School.class)
                .getResultStream().filter(s -> !reached.contains(s.getId())).toList();
        return new Progress(fiscalYear, lines, tally("", lines),
                group(lines, l -> l.planned().getSupervisor().getDisplayName()),
                group(lines, l -> l.planned().getSchool().getNetwork() == null ? "–" : l.planned().getSchool().getNetwork().getName()),
                group(lines, l -> l.planned().getSchool().getName()), notReached);
    }

    /** "supervisor:school:yyyy-mm" of every month a supervisor was with a school in the fiscal year (any supervisor). */
    private Set<String> heldKeys(FiscalYear year) {
        Set<String> keys = new HashSet<>();
        Instant from = year.firstDay().atStartOfDay(ThaiDates.ZONE).toInstant();
        Instant to = year.lastDay().plusDays(1).atStartOfDay(ThaiDates.ZONE).toInstant();
        em.createQuery("SELECT s FROM Supervision s WHERE s.school IS NOT NULL AND s.publishAt >= :from AND s.publishAt < :to",
                        Supervision.class).setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(s -> keys.add(key(s.getAuthor().getId(), s.getSchool().getId(),
                        YearMonth.from(ThaiDates.today(s.getPublishAt())))));
        em.createQuery("SELECT c FROM CoachingStep c WHERE c.supervision.school IS NOT NULL AND c.happenedOn >= :from "
                        + "AND c.happenedOn <= :to", CoachingStep.class)
                .setParameter("from", year.firstDay()).setParameter("to", year.lastDay()).getResultStream()
                .forEach(c -> keys.add(key(c.getSupervision().getAuthor().getId(), c.getSupervision().getSchool().getId(),
                        YearMonth.from(c.getHappenedOn()))));
        return keys;
    }

    private static String key(long supervisor, long school, YearMonth month) {
        return supervisor + ":" + school + ":" + month;
    }

    private static Tally tally(String name, List<Line> lines) {
        return new Tally(name, lines.size(), (int) lines.stream().filter(Line::held).count());
    }

    private static List<Tally> group(List<Line> lines, java.util.function.Function<Line, String> by) {
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        lines.forEach(l -> groups.computeIfAbsent(by.apply(l), k -> new java.util.ArrayList<>()).add(l));
        return groups.entrySet().stream().map(e -> tally(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Tally::getPercent).thenComparing(Tally::name)).toList();
    }

    /** The caller's own plan, or (an administrator) anyone's. */
    private Account supervisor(String username, Viewer viewer) {
        if (username == null || username.isBlank() || username.strip().equals(viewer.account().getUsername())) {
            return viewer.account();
        }
        if (!viewer.isAdmin()) {
            throw new ContentAccessDenied(false);
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class).setParameter("u", username.strip())
                .getResultStream().findFirst().orElseThrow(() -> new th.nithet.platform.rules.RuleViolation("supervision.unknownPerson", username));
    }
}
