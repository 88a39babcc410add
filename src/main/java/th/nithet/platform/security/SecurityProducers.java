package th.nithet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one password hasher of the application. */
@ApplicationScoped
public class SecurityProducers {

    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }
}
