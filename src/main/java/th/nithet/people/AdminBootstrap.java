package th.nithet.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.nithet.platform.db.DatabaseMigration;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On an empty database, creates the account {@code admin} with the password from
 * {@code NITHET_ADMIN_PASSWORD}, or a random one that is printed to the log this once. Several
 * instances starting at once on one empty database all try: the account's unique name lets one
 * succeed, and the others go on with the account it made ({@link AccountService#createFirstAdmin}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminBootstrap {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @EJB
    DatabaseMigration migration;

    @EJB
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "nithet.admin.password")
    Optional<String> adminPassword;

    // on the method too: Payara ran this start-up callback in a transaction of its own despite the class's
    // NOT_SUPPORTED, so the creation below joined it, committed only after this method had said "Created", and
    // the loser of two instances starting at once logged a duplicate 'admin' stack trace (ClusterIT, 2026-12-06)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createFirstAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        if (!accounts.createFirstAdmin(ADMIN_USERNAME, "ผู้ดูแลระบบ", password)) {
            LOG.info("Another instance created the first accounts at the same moment; this one uses them");
            return;
        }
        if (generated) {
            LOG.warning("\n==========================================================\n"
                    + " Created the account 'admin' with the password: " + password + "\n"
                    + " It is shown this once. Sign in and change it.\n"
                    + " (Set NITHET_ADMIN_PASSWORD before the first start to choose it.)\n"
                    + "==========================================================");
        } else {
            LOG.info("Created the account 'admin' with the password from NITHET_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
