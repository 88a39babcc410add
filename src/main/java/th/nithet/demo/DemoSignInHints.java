package th.nithet.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The accounts the sign-in page offers in demo mode, one per role: shown only when the portal runs with {@code --demo}
 * and its database is the demo office (never on an office's real portal, even one started with {@code --demo} by mistake).
 */
@Named("demoHints")
@ApplicationScoped
public class DemoSignInHints {

    /** A role's label (a message key) and the demo account to try it with. */
    public record Hint(String roleKey, String username) {
    }

    private static final List<Hint> HINTS = List.of(new Hint("demo.role.teacher", DemoPeople.TEACHER),
            new Hint("demo.role.director", DemoPeople.DIRECTOR), new Hint("demo.role.supervisor", DemoPeople.SUPERVISOR),
            new Hint("demo.role.admin", DemoPeople.ADMINISTRATOR), new Hint("demo.role.areaDirector", DemoPeople.AREA_DIRECTOR));

    @Inject
    @ConfigProperty(name = "nithet.demo", defaultValue = "false")
    boolean demo;

    @EJB
    DemoState state;

    // once the demo office is here it stays: asked once, then remembered
    private volatile boolean known;

    public boolean isShown() {
        if (!demo) {
            return false;
        }
        if (!known) {
            known = state.status() == DemoState.Status.DONE;
        }
        return known;
    }

    public List<Hint> getHints() {
        return HINTS;
    }

    public String getPassword() {
        return DemoOffice.PASSWORD;
    }
}
