package th.nithet.audit;

/** What was done. The names are stored: add, never rename. */
public enum AuditAction {
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    TEMPORARY_PASSWORD_SET,
    PASSWORD_RESET,
    PERSONAL_DATA_EXPORTED,
    AUDIT_EXPORTED
}
