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

    /** "350 KB", "1.2 MB", for the page. */
    public String sizeText() {
        return th.nithet.platform.text.FileSizes.text(sizeBytes);
    }
}
