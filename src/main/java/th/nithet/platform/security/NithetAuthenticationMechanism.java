package th.nithet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One authentication mechanism for the whole portal:
 * <ul>
 *   <li>pages: the Thai sign-in form calls {@code SecurityContext.authenticate}; a success is kept in
 *       the HTTP session (with a new session id, against fixation) and restored on every request;
 *       a protected page without a session redirects to the sign-in form;</li>
 *   <li>{@code /api/v1}: HTTP Basic or a personal access token ({@code Bearer}, {@link BearerTokens}) on
 *       every call, no session; a missing or wrong credential on a protected call answers 401 with a
 *       JSON body; a read-only token's writes answer 403.</li>
 * </ul>
 * Every password check goes through {@link LoginThrottle} first.
 */
@ApplicationScoped
public class NithetAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute set when a sign-in was refused because of too many failures: the wait. */
    public static final String THROTTLED_ATTRIBUTE = "nithet.login.throttled";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    SignedInSessions sessions;

    @Inject
    RememberedCredentials remembered;

    @Inject
    BearerTokens tokens;

    @Inject
    th.nithet.platform.health.DatabaseOutage outage;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            if (outage.suspected() && needsTheDatabase(request, context)) {
                // the outage is known: answer now. A database that hangs (rather than refuses) would hold this thread for
                // a socket timeout at each of the sign-in's reads, longer than a client waits (OutageIT, the hung case)
                return outageAnswer(request, response);
            }
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!th.nithet.platform.health.DatabaseOutage.isCausedBy(e)) {
                throw e;
            }
            // the container would answer a bare 500: say 503, as every page does while the database is away
            outage.noticed(e);
            return outageAnswer(request, response);
        }
    }

    /**
     * Whether checking this request's caller reads the database: credentials sent, or a signed-in session. A visitor's
     * request does not, so kept pages are still served during an outage; nor do health, metrics and static files.
     */
    private static boolean needsTheDatabase(HttpServletRequest request, HttpMessageContext context) {
        if (th.nithet.platform.health.DatabaseOutageFilter.passes(request.getRequestURI().substring(request.getContextPath().length()))) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return context.getAuthParameters().getCredential() != null || request.getHeader("Authorization") != null
                || (session != null && session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) != null);
    }

    private static AuthenticationStatus outageAnswer(HttpServletRequest request, HttpServletResponse response) {
        try {
            th.nithet.platform.health.DatabaseOutageFilter.write(response, ApiErrors.isApiRequest(request));
        } catch (IOException gone) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        boolean api = ApiErrors.isApiRequest(request);
        Credential credential = context.getAuthParameters().getCredential();
        String authorization = request.getHeader("Authorization");
        if (credential == null && api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return checkToken(request, response, context, authorization.substring(7).trim());
        }
        if (credential == null && api && authorization != null) {
            credential = basicCredential(authorization);
            if (credential == null) {
                return ApiErrors.unauthorized(response, context, "malformed_credentials",
                        "ส่วนหัว Authorization ไม่ใช่ HTTP Basic หรือ Bearer ที่ถูกต้อง");
            }
        }
        if (credential instanceof UsernamePasswordCredential password) {
            return checkPassword(request, response, context, password, api);
        }

        HttpSession session = request.getSession(false);
        if (!api && session != null && session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who
                && signedInStill(session, who)) {
            return context.notifyContainerAboutLogin(
                    new AccountPrincipal(who.id(), who.username(), who.displayName(), who.mustChangePassword()), groups(who.roles()));
        }
        if (context.isProtected()) {
            if (api) {
                return ApiErrors.unauthorized(response, context, "unauthorized",
                        "ต้องยืนยันตัวตนด้วย HTTP Basic หรือโทเค็น (Bearer)");
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus checkToken(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context, String token) {
        Optional<TokenPrincipal.SignIn> signIn = tokens.check(token);
        if (signIn.isEmpty()) {
            return ApiErrors.unauthorized(response, context, "invalid_token",
                    "โทเค็นไม่ถูกต้อง หมดอายุ หรือถูกเพิกถอนแล้ว");
        }
        if (signIn.get().principal().readOnly() && !READS.contains(request.getMethod())) {
            return ApiErrors.forbidden(response, context, "read_only_token",
                    "โทเค็นนี้ใช้อ่านได้อย่างเดียว ไม่สามารถเพิ่ม แก้ไข หรือลบข้อมูลได้");
        }
        request.setAttribute(BearerTokens.TOKEN_ATTRIBUTE, signIn.get().principal());
        return context.notifyContainerAboutLogin(signIn.get().principal(), signIn.get().groups());
    }

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private AuthenticationStatus checkPassword(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context, UsernamePasswordCredential credential,
                                               boolean api) {
        String username = credential.getCaller();
        if (api) {
            // a password that was right a moment ago is no guess: it needs neither the hash nor the throttle,
            // so someone guessing at this name cannot stop the office's own script either
            Optional<RememberedCredentials.Remembered> known = remembered.recall(username, credential.getPasswordAsString());
            if (known.isPresent() && sessions.stillHolds(known.get().principal().accountId(), known.get().epoch())) {
                return context.notifyContainerAboutLogin(known.get().principal(), known.get().groups());
            }
        }
        String address = th.nithet.platform.web.ClientAddress.of(request);
        Duration wait = throttle.waitBeforeAttempt(username, address);
        if (!wait.isZero()) {
            if (api) {
                return ApiErrors.tooManyAttempts(response, context, wait);
            }
            request.setAttribute(THROTTLED_ATTRIBUTE, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // read before the password is checked: a change committed meanwhile makes what is remembered stale at once
        Optional<SignedInSessions.AccountState> before = api ? sessions.stateOf(username) : Optional.empty();
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            remembered.forget(username);
            throttle.failed(username, address);
            if (api) {
                return ApiErrors.unauthorized(response, context, "invalid_credentials", "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username);
        if (api && before.isPresent() && before.get().usable() && result.getCallerPrincipal() instanceof AccountPrincipal principal
                && principal.accountId() == before.get().accountId()) {
            remembered.remember(username, credential.getPasswordAsString(), principal, result.getCallerGroups(), before.get().epoch());
        }
        if (!api && result.getCallerPrincipal() instanceof AccountPrincipal principal) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            Set<Role> roles = result.getCallerGroups().stream().map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            HttpSession session = request.getSession(true);
            session.setAttribute(SignedInAccount.SESSION_ATTRIBUTE,
                    new SignedInAccount(principal.accountId(), principal.getName(), principal.displayName(), roles,
                            principal.mustChangePassword(), sessions.currentEpoch(principal.accountId())));
            sessions.signedIn(principal.accountId(), session);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A session whose account's sessions were ended (here or on another instance) ends now. */
    private boolean signedInStill(HttpSession session, SignedInAccount who) {
        if (sessions.isCurrent(who)) {
            return true;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended meanwhile
        }
        return false;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Parses {@code Authorization: Basic base64(user:password)}; null when it is not that. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** JSON answers for the API side of the mechanism. */
    static final class ApiErrors {
        private ApiErrors() {
        }

        static boolean isApiRequest(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/");
        }

        static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                 String error, String message) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Nithet\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Nithet\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, error, message);
            return AuthenticationStatus.SEND_FAILURE;
        }

        static AuthenticationStatus forbidden(HttpServletResponse response, HttpMessageContext context,
                                              String error, String message) {
            write(response, HttpServletResponse.SC_FORBIDDEN, error, message);
            return AuthenticationStatus.SEND_FAILURE;
        }

        static AuthenticationStatus tooManyAttempts(HttpServletResponse response, HttpMessageContext context, Duration wait) {
            long seconds = Math.max(1, wait.toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            write(response, 429, "too_many_attempts",
                    "ลงชื่อเข้าใช้ผิดหลายครั้ง กรุณารอ " + seconds + " วินาทีแล้วลองใหม่");
            return AuthenticationStatus.SEND_FAILURE;
        }

        private static void write(HttpServletResponse response, int status, String error, String message) {
            try {
                response.setStatus(status);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(th.nithet.platform.api.ApiError.of(status, error, message).toJson());
                response.flushBuffer();
            } catch (IOException e) {
                // the client went away; nothing to tell it
            }
        }
    }
}
