package th.nithet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser sessions each account is signed in with, so that they can be ended when what they were
 * signed in with is no longer true: the password changed or was reset, the account was disabled,
 * given a temporary password, or its roles changed (a session keeps the roles it signed in with).
 * In memory, like the sessions themselves (one portal instance; see docs/architecture.md).
 */
@ApplicationScoped
public class SignedInSessions {

    private final Map<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    void signedIn(long accountId, HttpSession session) {
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(HttpSession session) {
        byAccount.values().forEach(sessions -> sessions.remove(session));
        byAccount.values().removeIf(Set::isEmpty);
    }

    /** Signs the account out everywhere except in the session with id {@code keepSessionId} (may be null). */
    public void endAll(long accountId, String keepSessionId) {
        Set<HttpSession> sessions = byAccount.get(accountId);
        if (sessions == null) {
            return;
        }
        for (HttpSession session : Set.copyOf(sessions)) {
            if (keepSessionId != null && keepSessionId.equals(session.getId())) {
                continue;
            }
            sessions.remove(session);
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // it timed out meanwhile: nothing left to end
            }
        }
    }

    /** Forgets sessions as they end (sign-out, time-out, invalidation). */
    @WebListener
    public static class Listener implements HttpSessionListener {

        @jakarta.inject.Inject
        SignedInSessions sessions;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.ended(event.getSession());
        }
    }
}
