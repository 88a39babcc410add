package th.nithet.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.AccountPrincipal;
import th.nithet.platform.security.Role;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * The office's short forms for search (#18): administrators add and remove them; search uses them on
 * every instance without a rebuild ({@link SearchShortForms}).
 */
@Stateless
@PermitAll
public class ShortFormService {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    SecurityContext security;

    @EJB
    SearchShortForms inUse;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The shipped list, one group of same-meaning forms each, as written in {@code search/short-forms.txt}. */
    public List<List<String>> shipped() {
        return ShortForms.SHIPPED_GROUPS;
    }

    /** The office's, newest first. */
    public List<OfficeShortForm> office() {
        return em.createQuery("SELECT f FROM OfficeShortForm f ORDER BY f.id DESC", OfficeShortForm.class).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public OfficeShortForm add(String shortForm, String longForm) {
        OfficeShortForm form = new OfficeShortForm(shortForm, longForm, adder(), Instant.now());
        List<OfficeShortForm> office = office();
        RuleViolation.require(office.size() < OfficeShortForm.MAX_PER_OFFICE, "shortForms.tooMany", OfficeShortForm.MAX_PER_OFFICE);
        ShortForms known = ShortForms.with(office.stream().map(OfficeShortForm::asGroup).toList());
        RuleViolation.require(!known.knows(form.getShortForm(), form.getLongForm()), "shortForms.known",
                form.getShortForm(), form.getLongForm());
        em.persist(form);
        inUseAfterCommit();
        return form;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public OfficeShortForm remove(long id) {
        OfficeShortForm form = em.find(OfficeShortForm.class, id);
        RuleViolation.require(form != null, "shortForms.notFound");
        em.remove(form);
        inUseAfterCommit();
        return form;
    }

    private String adder() {
        Principal caller = security.getCallerPrincipal();
        return caller instanceof AccountPrincipal account ? account.displayName() : caller.getName();
    }

    /** Search on this instance uses the change as soon as it is committed; the others within seconds. */
    private void inUseAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    inUse.reload();
                }
            }
        });
    }
}
