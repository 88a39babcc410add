package th.nithet.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RememberedCredentialsTest {

    private final RememberedCredentials remembered = new RememberedCredentials();
    private final AccountPrincipal somchai = new AccountPrincipal(7, "somchai", "สมชาย", false);

    @Test
    void onlyTheSamePasswordIsRecalled() {
        remembered.remember("somchai", "Right-Pass-1", somchai, Set.of("MEMBER"), 3);
        assertEquals(3, remembered.recall("somchai", "Right-Pass-1").orElseThrow().epoch());
        assertTrue(remembered.recall("somchai", "Right-Pass-2").isEmpty());
        assertTrue(remembered.recall("somchai2", "Right-Pass-1").isEmpty());
        assertTrue(remembered.recall("somcha", "iRight-Pass-1").isEmpty(), "name and password are kept apart in the key");
    }

    @Test
    void aWrongPasswordForTheNameForgetsIt() {
        remembered.remember("somchai", "Right-Pass-1", somchai, Set.of("MEMBER"), 0);
        remembered.forget("SomChai");
        assertTrue(remembered.recall("somchai", "Right-Pass-1").isEmpty());
    }

    @Test
    void anotherStartRemembersNothing() {
        remembered.remember("somchai", "Right-Pass-1", somchai, Set.of("MEMBER"), 0);
        assertTrue(new RememberedCredentials().recall("somchai", "Right-Pass-1").isEmpty(), "a new secret, nothing kept");
    }
}
