package th.nithet.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Whether this database is the demo office, and whether it holds anybody's real data (then the demo never touches it). */
@Stateless
@PermitAll
public class DemoState {

    /** NONE: no demo here; GENERATING: an instance is filling it (or stopped doing so); DONE: the demo office is here. */
    public enum Status { NONE, GENERATING, DONE }

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    public Status status() {
        List<?> rows = em.createNativeQuery("SELECT state FROM demo_office WHERE id = 1").getResultList();
        return rows.isEmpty() ? Status.NONE : Status.valueOf((String) rows.get(0));
    }

    /**
     * What the database already holds that is not the first administrator: schools, networks, other accounts, content.
     * Answers the first such thing's name, or null when it is empty.
     */
    public String heldData() {
        String[][] checks = {
                {"SELECT COUNT(*) FROM account WHERE username <> 'admin'", "accounts"},
                {"SELECT COUNT(*) FROM school_network", "school networks"},
                {"SELECT COUNT(*) FROM school", "schools"},
                {"SELECT COUNT(*) FROM content_item", "content"},
        };
        for (String[] check : checks) {
            if (((Number) em.createNativeQuery(check[0]).getSingleResult()).longValue() > 0) {
                return check[1];
            }
        }
        return null;
    }

    /** Claims the generation for this instance: one row, one winner, whoever starts at the same moment. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long seed) {
        return em.createNativeQuery("INSERT IGNORE INTO demo_office (id, seed, state, started_at) VALUES (1, ?, 'GENERATING', ?)")
                .setParameter(1, seed).setParameter(2, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished() {
        em.createNativeQuery("UPDATE demo_office SET state = 'DONE', finished_at = ? WHERE id = 1")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }
}
