package th.nithet.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index knows of one item, whatever its type: how a content type describes itself to
 * search. {@code type} and {@code id} are the API's ({@code "knowledge"}, 42); {@code path} is the
 * item's page; {@code files} are its attachments' names and text; {@code stamp} changes whenever the
 * item does (its updated time), so reconciliation can tell a stale entry.
 */
public record SearchDocument(String type, long id, String title, String body, List<File> files, String visibility,
                             Instant publishAt, List<String> learningAreas, String category, String authorUsername,
                             String authorName, String path, long views, long stamp) {

    /** An attachment: its name and the words in it (null when none could be read). */
    public record File(long id, String name, String text) {
    }

    public String key() {
        return key(type, id);
    }

    public static String key(String type, long id) {
        return type + ":" + id;
    }
}
