package th.nithet.backup;

import java.time.Instant;

/** One backup, good or bad, as {@code backup_run} holds it. */
public record BackupRun(Instant startedAt, Instant finishedAt, String fileName, long sizeBytes, boolean succeeded,
                        String message, String host) {

    /** The file's name without its directory, for the page. */
    public String shortName() {
        int slash = fileName.lastIndexOf('/');
        return slash < 0 ? fileName : fileName.substring(slash + 1);
    }

    /** Megabytes with one decimal, for the page. */
    public String megabytes() {
        return String.format(java.util.Locale.ROOT, "%.1f", sizeBytes / 1_048_576.0);
    }
}
