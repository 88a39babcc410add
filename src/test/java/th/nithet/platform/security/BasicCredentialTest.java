package th.nithet.platform.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BasicCredentialTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesUtf8UserAndPasswordWithColons() {
        UsernamePasswordCredential c = NithetAuthenticationMechanism.basicCredential(basic("ครูสมใจ:pa:ss"));
        assertEquals("ครูสมใจ", c.getCaller());
        assertEquals("pa:ss", c.getPasswordAsString());
        assertEquals("admin", NithetAuthenticationMechanism.basicCredential("basic " + basic("admin:x").substring(6)).getCaller());
    }

    @Test
    void rejectsWhatIsNotBasic() {
        assertNull(NithetAuthenticationMechanism.basicCredential("Bearer abc"));
        assertNull(NithetAuthenticationMechanism.basicCredential("Basic ***"));
        assertNull(NithetAuthenticationMechanism.basicCredential(basic("no-colon")));
        assertNull(NithetAuthenticationMechanism.basicCredential(basic(":password-without-user")));
    }
}
