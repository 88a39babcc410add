package th.nithet.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnlyIncludingThai() {
        String stored = hasher.hash("รหัสผ่าน-ครู-2569");
        assertTrue(stored.startsWith("pbkdf2-sha512$" + PasswordHasher.ITERATIONS + "$"), stored);
        assertFalse(stored.contains("รหัสผ่าน"));
        assertTrue(hasher.verify("รหัสผ่าน-ครู-2569", stored));
        assertFalse(hasher.verify("รหัสผ่าน-ครู-2568", stored));
        assertFalse(hasher.verify("", stored));
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void saltsMakeEveryHashDifferent() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "x"));
        assertFalse(hasher.verify("x", "md5$1$abc$def"));
        assertFalse(hasher.verify("x", "pbkdf2-sha512$notanumber$AAAA$AAAA"));
        assertFalse(hasher.verify("x", "pbkdf2-sha512$1000$%%%$AAAA"));
    }

    @Test
    void aHashWithOtherIterationsStillVerifiesButAsksForRehash() {
        PasswordHasher older = new PasswordHasher(1_000);
        String old = older.hash("secret");
        assertTrue(hasher.verify("secret", old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("secret")));
        assertEquals(4, old.split("\\$").length);
    }
}
