/**
 * The audit trail (#20): every security-relevant action — sign-in failures and lockouts, account and role changes,
 * password resets — recorded with who, when, what, on which item and from which address, in the same transaction as
 * the action (a refused action leaves no record; a recorded one happened). Administrators search it and export it as
 * CSV ({@code /admin/audit.xhtml}, {@code /api/v1/audit}); nothing in the portal changes or deletes a record except the
 * retention job, which removes those older than {@code NITHET_AUDIT_KEEP_YEARS} (default 5).
 */
package th.nithet.audit;
