/**
 * {@code /api/v1} application, OpenAPI definition, JSON errors {@code {"status","error","message"}}.
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.api;
