package th.nithet.platform.text;

import java.util.Locale;

/** A file's size as people read it on a page: "350 KB", "1.2 MB". */
public final class FileSizes {

    private FileSizes() {
    }

    /** Megabytes with one decimal from 1 MB; whole kilobytes below, at least 1 KB (an 11-byte file is not "0.0 MB"). */
    public static String text(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
