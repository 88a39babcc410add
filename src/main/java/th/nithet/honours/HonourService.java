package th.nithet.honours;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentStatus;
import th.nithet.content.ContentWriter;
import th.nithet.content.SearchNotice;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.organisation.School;
import th.nithet.people.Account;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.time.ThaiDates;
import th.nithet.practices.Practice;
import th.nithet.practices.PracticeState;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Honours (ประกาศเกียรติคุณ): staff record awards; everyone reads the honour roll by year (พ.ศ.);
 * anyone with a certificate's code can check it is genuine. Withdrawing an honour (unpublishing it)
 * makes its code answer "not valid". The transaction and authorization boundary of the feature.
 */
@Stateless
@PermitAll
public class HonourService {

    /** Letters and digits nobody misreads on paper (no I, O, 0, 1). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.audit.AuditTrail audit;

    @Inject
    Viewers viewers;

    @Inject
    ContentWriter writer;

    @Inject
    SearchNotice search;

    public Honour record(HonourDraft draft) {
        Viewer viewer = viewers.staff();
        Honour honour = new Honour(viewer.account(), newCode());
        write(honour, draft);
        honour.publish(PortalClock.instant());
        em.persist(honour);
        em.flush();
        search.changed(honour);
        audit.record(th.nithet.audit.AuditAction.HONOUR_RECORDED, "honour", honour.getId(), honour.getTitle(), null);
        return honour;
    }

    public Honour update(long id, HonourDraft draft) {
        Viewer viewer = viewers.staff();
        Honour honour = viewer.checkEdit(em.find(Honour.class, id), PortalClock.instant());
        write(honour, draft);
        search.changed(honour);
        return honour;
    }

    /** Withdrawn: off the roll, and its certificate's code no longer confirms it. */
    public Honour withdraw(long id) {
        Viewer viewer = viewers.staff();
        Honour honour = viewer.checkEdit(em.find(Honour.class, id), PortalClock.instant());
        honour.unpublish();
        search.changed(honour);
        audit.record(th.nithet.audit.AuditAction.HONOUR_WITHDRAWN, "honour", honour.getId(), honour.getTitle(), null);
        return honour;
    }

    public Honour read(long id) {
        return viewers.current().checkRead(em.find(Honour.class, id), PortalClock.instant());
    }

    /** The honour a certificate's code names, if it stands (recorded and not withdrawn). */
    public Optional<Honour> verify(String code) {
        String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!clean.matches("[" + CODE_ALPHABET + "]{12}")) {
            return Optional.empty();
        }
        return em.createQuery("SELECT h FROM Honour h WHERE h.verificationCode = :code AND h.status = :published", Honour.class)
                .setParameter("code", clean).setParameter("published", ContentStatus.PUBLISHED).getResultStream().findFirst();
    }

    /** The honour roll of one Buddhist-era year (by award date), the newest award first; null year: every year. */
    public List<Honour> roll(Integer buddhistYear) {
        StringBuilder jpql = new StringBuilder("SELECT h FROM Honour h WHERE h.status = :published AND h.visibility IN :visibilities");
        if (buddhistYear != null) {
            jpql.append(" AND h.awardedOn >= :from AND h.awardedOn < :to");
        }
        jpql.append(" ORDER BY h.awardedOn DESC, h.id DESC");
        var q = em.createQuery(jpql.toString(), Honour.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("visibilities", viewers.current().readableVisibilities());
        if (buddhistYear != null) {
            int ce = buddhistYear - ThaiDates.BUDDHIST_ERA_OFFSET;
            q.setParameter("from", LocalDate.of(ce, 1, 1)).setParameter("to", LocalDate.of(ce + 1, 1, 1));
        }
        return q.setMaxResults(1000).getResultList();
    }

    /** Buddhist-era years that have honours, newest first. */
    public List<Integer> years() {
        return roll(null).stream().map(h -> ThaiDates.buddhistYear(h.getAwardedOn())).distinct().toList();
    }

    public boolean canRecord() {
        return viewers.current().isStaff();
    }

    private void write(Honour honour, HonourDraft draft) {
        InvalidFields.Collector problems = InvalidFields.collect();
        Account account = null;
        if (draft.recipientUsername() != null && !draft.recipientUsername().isBlank()) {
            account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                    .setParameter("u", draft.recipientUsername().strip()).getResultStream().findFirst().orElse(null);
            problems.check(account != null, "recipientUsername", "honour.unknownPerson", draft.recipientUsername());
        }
        School school = null;
        if (draft.recipientSchoolId() != null) {
            school = em.find(School.class, draft.recipientSchoolId());
            problems.check(school != null, "recipientSchoolId", "honour.unknownSchool", draft.recipientSchoolId());
        }
        String name = draft.recipientName() == null ? "" : draft.recipientName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            name = account != null ? account.getDisplayName() : school != null ? school.getName() : "";
        }
        problems.check(!name.isEmpty(), "recipientName", "honour.recipientRequired")
                .check(name.length() <= 300, "recipientName", "honour.recipientTooLong", 300)
                .check(draft.level() != null, "level", "honour.levelRequired")
                .check(draft.awardedOn() != null, "awardedOn", "honour.dateRequired")
                .check(draft.awardedOn() == null || !draft.awardedOn().isAfter(ThaiDates.today().plusYears(1)), "awardedOn", "honour.dateTooLate");
        Practice practice = null;
        if (draft.practiceId() != null) {
            practice = em.find(Practice.class, draft.practiceId());
            problems.check(practice != null && practice.getState() == PracticeState.PUBLISHED, "practiceId", "honour.unknownPractice",
                    draft.practiceId());
        }
        writer.write(honour, draft.content(), problems);
        honour.award(name, account, school, draft.level(), draft.awardedOn(), practice);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

}
