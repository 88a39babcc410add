/**
 * The portal's own figures on {@code /metrics} (#20), beside Payara's: request latency by route ({@code RequestTimingFilter}),
 * sign-in failures, search index lag, mail outbox size, the view-count buffer, whether the database answers and the age of
 * the last good backup ({@code PortalMetrics}). docs/operations.md lists them; docs/grafana-nithet.json draws them.
 */
package th.nithet.platform.metrics;
