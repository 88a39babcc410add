/**
 * Backups seen from inside the portal (#20): the nightly backup ({@link th.nithet.backup.NightlyBackup}, once per
 * cluster), the runs recorded in {@code backup_run} ({@link th.nithet.backup.BackupRuns}) for the administrators' page
 * ({@code /admin/backups.xhtml}), {@code /api/v1/backups} and /metrics. The backup itself is the launcher's command
 * ({@code java -jar nithet.jar backup FILE}, th.nithet.launcher.PortalBackup), run as a child process: one way to back up,
 * whether an operator types it or the portal runs it at night.
 */
package th.nithet.backup;
