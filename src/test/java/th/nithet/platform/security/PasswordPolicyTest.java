package th.nithet.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void rulesInOrder() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("abc12", "somchai"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem(null, "somchai"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("a1".repeat(101), "somchai"));
        assertEquals(Optional.of("password.sameAsUsername"), PasswordPolicy.problem("SomChai2569", "somchai2569"));
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.problem("aaaaaaaaaa", "somchai"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("ครูสมชาย-๒๕๖๙", "somchai"));
    }

    @Test
    void thaiCharactersCountAsCharacters() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("รหัสผ่านไทย", "somchai"));
    }
}
