package th.nithet.people;

import th.nithet.Entities;
import th.nithet.content.Viewer;
import th.nithet.platform.security.Role;

import java.util.Set;

/** Accounts for unit tests of the rules in the model: as the database would give them, with an id. */
public final class People {

    private People() {
    }

    public static Account account(long id, String username, Role... roles) {
        return Entities.withId(new Account(username, username, "hash", roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles)), id);
    }

    /** A person with an e-mail address who chose how notifications reach them by mail. */
    public static Account withMail(Account account, String email, th.nithet.notifications.MailChoice choice) {
        account.administer(account.getDisplayName(), email, account.getPosition(), account.getSchool(), account.getRoles(),
                account.getLearningAreas(), account.getSupervisedNetworks());
        account.setNotifyByMail(choice);
        return account;
    }

    /** A person responsible for (or teaching in) these learning areas. */
    public static Account inAreas(Account account, Set<th.nithet.organisation.LearningArea> areas) {
        account.administer(account.getDisplayName(), account.getEmail(), account.getPosition(), account.getSchool(), account.getRoles(),
                areas, account.getSupervisedNetworks());
        return account;
    }

    /** A person an administrator disabled. */
    public static Account disabled(Account account) {
        account.setEnabled(false);
        return account;
    }

    public static Viewer viewer(long id, String username, Role... roles) {
        return Viewer.of(account(id, username, roles));
    }
}
