package th.nithet.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.organisation.LearningArea;
import th.nithet.platform.security.Role;

import java.util.Collection;
import java.util.List;

/**
 * Which supervisors (ศึกษานิเทศก์) answer for a teacher's work: those whose networks include the
 * teacher's school, or whose learning areas include the work's. A supervisor with neither answers
 * for everything. When nobody is responsible, every supervisor is (nothing waits unseen).
 */
@Stateless
@PermitAll
public class Supervisors {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    /** Every enabled supervisor, by name. */
    public List<Account> all() {
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE ORDER BY a.displayName",
                Account.class).setParameter("role", Role.SUPERVISOR).getResultList();
    }

    /** The supervisors responsible for work by {@code author} in {@code areas}; all of them when none is. */
    public List<Account> responsibleFor(Account author, Collection<LearningArea> areas) {
        List<Account> all = all();
        List<Account> responsible = all.stream()
                .filter(s -> !(s.getSupervisedNetworks().isEmpty() && s.getLearningAreas().isEmpty()) && covers(s, author, areas))
                .toList();
        return responsible.isEmpty() ? all : responsible;
    }

    /** Whether {@code supervisor} answers for work by {@code author} in {@code areas} (one with no networks and no areas: for all). */
    public static boolean covers(Account supervisor, Account author, Collection<LearningArea> areas) {
        if (supervisor.getSupervisedNetworks().isEmpty() && supervisor.getLearningAreas().isEmpty()) {
            return true;
        }
        boolean network = author.getSchool() != null && author.getSchool().getNetwork() != null
                && supervisor.getSupervisedNetworks().stream().anyMatch(n -> n.getId().equals(author.getSchool().getNetwork().getId()));
        boolean area = areas.stream().map(LearningArea::getId)
                .anyMatch(id -> supervisor.getLearningAreas().stream().anyMatch(l -> l.getId().equals(id)));
        return network || area;
    }
}
