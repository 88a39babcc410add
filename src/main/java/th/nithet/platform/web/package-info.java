/**
 * {@code ShellBean} (everything the page frame shows), {@code SecurityHeadersFilter}, {@code
 * SafeRedirects}, {@code PublicAddress} (links in e-mail from {@code NITHET_PUBLIC_URL}), {@code
 * WebAddresses} (links people give: http(s) only), {@code VersionedResources} (our styles' addresses
 * carry a hash of their content, {@code nv=}, so a browser's 7-day copy is never stale after an
 * upgrade).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.web;
