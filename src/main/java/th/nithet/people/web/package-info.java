/**
 * The people pages: sign-in help (forgotten and changed passwords), one's own profile and access tokens,
 * personal pages ({@code /people/{username}}, photos), and the administrators' account pages (list, edit,
 * import, export). Page beans and servlets only: they call {@link th.nithet.people} services.
 * <p>
 * Entry points: {@code PersonPageBean} ({@code person.xhtml}), {@code ProfileBean} and {@code AccessTokensBean}
 * ({@code /account/}), {@code AccountsAdminBean}, {@code AccountEditBean}, {@code ImportAccountsBean}
 * ({@code /admin/…}), {@code PeopleServlet}, {@code PhotoServlet}, {@code AccountExportServlet}.
 */
package th.nithet.people.web;
