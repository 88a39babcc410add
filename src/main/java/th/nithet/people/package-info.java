/**
 * The people of the office: accounts, roles, profiles, sign-in secrets and the administrators' account
 * pages.
 * <p>
 * {@code Supervisors} (who answers for a teacher's work: networks, learning areas; shared by Q&amp;A
 * and practices), personal pages ({@code /people/{username}} → {@code person.xhtml}, {@code
 * ProfileService}, {@code ProfilePhotos} re-encodes uploads, {@code PhotoServlet}), the administrators'
 * account pages ({@code admin/accounts.xhtml}, {@code admin/account.xhtml}), locks and temporary
 * passwords ({@code PasswordChangeRequiredFilter}); {@code AccountImport} (preview every row's
 * problems, commit all or nothing) and its page {@code admin/import-accounts.xhtml}; {@code
 * AccountAdministration} (admin: list/filter in Thai order, create with an invitation e-mail, change,
 * disable — never delete), {@code /api/v1/accounts}; {@code Account} entity, {@code AccountService}
 * (transaction boundary), identity store, first admin, {@code GET /api/v1/me}, password reset by e-mail
 * ({@code PasswordResetService}, tokens stored as SHA-256) and change of password.
 * <p>
 * Glossary: ครู, ศึกษานิเทศก์, ผู้บริหาร (Account, Position ตำแหน่ง, Role).
 * <p>
 * Entry points: AccountService, AccountAdministration, AccountImport, ProfileService,
 * PasswordResetService, AccessTokenService. The pages' beans and servlets are in {@code people.web},
 * the REST resources ({@code /api/v1/me}, {@code /api/v1/accounts}, {@code /api/v1/me/tokens}) in
 * {@code people.api}.
 */
package th.nithet.people;
