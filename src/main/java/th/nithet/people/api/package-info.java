/**
 * The people API: {@code GET /api/v1/me}, personal access tokens ({@code /api/v1/me/tokens}) and the
 * administrators' {@code /api/v1/accounts}. REST resources only: they call {@link th.nithet.people} services.
 */
package th.nithet.people.api;
