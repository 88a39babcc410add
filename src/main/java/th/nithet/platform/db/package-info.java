/**
 * The data source ({@code NithetDataSource} reads {@code nithet.db.*} through MicroProfile Config),
 * Flyway migration at start ({@code DatabaseMigration}, {@code @Startup} singleton), {@code
 * InstantConverter} (UTC {@code DATETIME(6)}).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.db;
