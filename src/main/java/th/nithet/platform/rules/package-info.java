/**
 * {@code RuleViolation}: a service's refusal with a message key; rolls back; 400 in the API, a message
 * on pages. {@code InvalidFields}: several fields refused at once, each named ({@code "fields"} in the
 * API's 400).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.rules;
