package th.nithet.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.nithet.platform.db.DatabaseMigration;
import th.nithet.platform.security.Role;

import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On an empty database, creates the account {@code admin} with the password from
 * {@code NITHET_ADMIN_PASSWORD}, or a random one that is printed to the log this once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
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

    @PostConstruct
    void createFirstAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        accounts.create(ADMIN_USERNAME, "ผู้ดูแลระบบ", password, EnumSet.of(Role.ADMIN));
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
