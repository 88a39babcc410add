/**
 * Roles, PBKDF2-SHA512 {@code PasswordHasher}, {@code LoginThrottle}, the one {@code
 * HttpAuthenticationMechanism}, the sign-in form's {@code LoginBean}, {@code SignedInSessions} (ends an
 * account's sessions when its password, roles or status change: the account's session epoch in {@code
 * account_session_epoch} moves on, and every instance ends sessions of an older epoch within 2 s),
 * {@code DatabaseFailures} (the throttle's counts in {@code login_failure}, shared by every instance),
 * {@code RememberedCredentials} (an API caller's right password is remembered for 60 s under an HMAC
 * key, never the password, while the account's epoch, enabled and lock state stay as they were).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.security;
