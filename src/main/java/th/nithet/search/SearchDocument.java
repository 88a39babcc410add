package th.nithet.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index knows of one item, whatever its type: how a content type describes itself to
 * search. {@code type} and {@code id} are the API's ({@code "knowledge"}, 42); {@code path} is the
 * item's page; {@code files} are its attachments' names and text; {@code stamp} changes whenever the
 * item does (its updated time), so reconciliation can tell a stale entry; {@code readers} are keys of
 * people it is open to beyond its visibility ({@link #reader}, {@link #headsOf}).
 */
public record SearchDocument(String type, long id, String title, String body, List<File> files, String visibility,
                             Instant publishAt, List<String> learningAreas, String category, String authorUsername,
                             String authorName, String path, long views, long stamp, List<String> readers) {

    /** An item open to whoever its visibility lets in, and no one else. */
    public SearchDocument(String type, long id, String title, String body, List<File> files, String visibility,
                          Instant publishAt, List<String> learningAreas, String category, String authorUsername,
                          String authorName, String path, long views, long stamp) {
        this(type, id, title, body, files, visibility, publishAt, learningAreas, category, authorUsername, authorName, path, views,
                stamp, List.of());
    }

    /** The key that opens an item to one person beyond its visibility (a supervision's participant). */
    public static String reader(long accountId) {
        return "account:" + accountId;
    }

    /** The key that opens an item to the director and deputies of a school (its supervisions). */
    public static String headsOf(long schoolId) {
        return "heads-of-school:" + schoolId;
    }

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
