/**
 * Readiness ({@code DatabaseReadiness} through the stateless {@code ReadinessProbe}) and liveness.
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.health;
