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

    public static Viewer viewer(long id, String username, Role... roles) {
        return Viewer.of(account(id, username, roles));
    }
}
