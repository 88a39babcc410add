/**
 * {@code ThaiDates} (พ.ศ., Thai month names, Asia/Bangkok; {@code parse} reads dates as people type
 * them, BE or CE), {@code FiscalYear} (1 Oct–30 Sep, named by its BE end year), {@code PortalClock}
 * ("now" for escalation and mail retries; integration tests move it with {@code POST
 * /internal/clock?advance=PT49H}, which exists only with {@code -Dnithet.clock.adjustable=true}).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.time;
