/**
 * {@code Html.escape}: text put into HTML by hand (comments, search snippets).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.text;
