package th.nithet.platform.web;

import jakarta.enterprise.context.RequestScoped;
import org.junit.jupiter.api.Test;
import th.nithet.content.Conversation;
import th.nithet.content.views.ViewCounter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionSafeTest {

    /** A service that keeps something per caller: one shared reference would hand one person's to another. */
    @RequestScoped
    static class PerRequest {
    }

    static class Unscoped {
    }

    @Test
    void holdsOnlyServicesThatAreTheSameForEveryCaller() {
        assertDoesNotThrow(() -> SessionSafe.of(Conversation.class)); // stateless EJB
        assertDoesNotThrow(() -> SessionSafe.of(ViewCounter.class)); // singleton EJB
        assertDoesNotThrow(() -> SessionSafe.of(th.nithet.platform.security.NithetAuthenticationMechanism.class)); // application scoped
        assertThrows(IllegalArgumentException.class, () -> SessionSafe.of(ShellBean.class)); // one per request
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SessionSafe.of(PerRequest.class));
        assertTrue(refused.getMessage().contains("PerRequest"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SessionSafe.of(Unscoped.class));
    }
}
