/**
 * Several instances on one database (cluster.md (docs/cluster.md)): {@code ClusterNode} (this start's
 * id and name), {@code JobRounds} (a scheduled job's round is claimed by one instance: an insert into
 * {@code job_run} that the key lets succeed once), {@code ClusterMembership} (says in the log, in Thai
 * and English, whether the data grid joined the others).
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.cluster;
