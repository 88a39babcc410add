package th.nithet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API calls with HTTP Basic send the password every time, and checking it costs a slow hash
 * (PBKDF2, ~180 ms here) on purpose. A password that was right a moment ago is remembered for
 * {@link #KEEP} after its last use (at most {@link #MAX_AGE}), so that a script walking the API pays the
 * hash once in a while instead of once a call.
 * <p>
 * What is kept is never the password: the key is an HMAC of the user name and password under a
 * secret made anew at every start of this instance (so nothing kept outlives it, and nothing is
 * shared). A remembered sign-in holds only while the account's session epoch is the one read before
 * its password was checked, and while the account is enabled and not locked
 * ({@link SignedInSessions#stateOf}): a password change or reset, a temporary password, a role change
 * or disabling moves the epoch, which every instance sees within {@link SignedInSessions#RECHECK}. A
 * wrong password is never remembered, and still goes through the throttle and the slow hash.
 */
@ApplicationScoped
public class RememberedCredentials {

    static final Duration KEEP = Duration.ofSeconds(60);
    /**
     * A remembered password in use is kept {@link #KEEP} past its last use, up to this long after it was
     * checked: a script's steady calls never all fall back to the slow hash at once (measured: 32 parallel
     * calls re-hashing together took 3 s). Any change to the account ends it sooner, as above.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] secret = new byte[32];
    private final Map<String, Remembered> entries = new ConcurrentHashMap<>();

    /** A right password's sign-in, as the mechanism hands it to the container. */
    record Remembered(String username, AccountPrincipal principal, Set<String> groups, int epoch, long checkedNanos,
                      long untilNanos) {
    }

    public RememberedCredentials() {
        new SecureRandom().nextBytes(secret);
    }

    Optional<Remembered> recall(String username, String password) {
        String key = key(username, password);
        Remembered known = entries.get(key);
        if (known == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        if (now - known.untilNanos() > 0) {
            entries.remove(key);
            return Optional.empty();
        }
        if (known.untilNanos() - now < KEEP.toNanos() / 2 && now - known.checkedNanos() < MAX_AGE.toNanos()) {
            entries.replace(key, known, new Remembered(known.username(), known.principal(), known.groups(), known.epoch(),
                    known.checkedNanos(), Math.min(now + KEEP.toNanos(), known.checkedNanos() + MAX_AGE.toNanos())));
        }
        return Optional.of(known);
    }

    void remember(String username, String password, AccountPrincipal principal, Set<String> groups, int epoch) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> now - e.untilNanos() > 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        long now = System.nanoTime();
        entries.put(key(username, password), new Remembered(username, principal, groups, epoch, now, now + KEEP.toNanos()));
    }

    /** After a wrong password for this name: whatever was remembered for it goes (the account may lock next). */
    void forget(String username) {
        entries.values().removeIf(e -> e.username().equalsIgnoreCase(username));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
