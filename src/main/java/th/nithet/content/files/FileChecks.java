package th.nithet.content.files;

import org.apache.tika.Tika;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import th.nithet.platform.rules.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What an uploaded file really is (Apache Tika reads its content, not its name), whether the portal
 * takes it, and the text inside it for search. Refusals are {@link RuleViolation}s with Thai reasons.
 */
final class FileChecks {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 1_000_000;
    private static final Logger LOG = Logger.getLogger(FileChecks.class.getName());
    private static final Tika TIKA = new Tika();

    /** The types the portal takes, each with the file name endings that may carry it. */
    static final Map<String, Set<String>> ACCEPTED = Map.of(
            "application/pdf", Set.of("pdf"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx"),
            "image/jpeg", Set.of("jpg", "jpeg"),
            "image/png", Set.of("png"),
            "image/gif", Set.of("gif"));

    /** Characters a file name may not have: paths, controls, and what Windows refuses. */
    private static final Pattern BAD_NAME = Pattern.compile(".*([/\\\\:*?\"<>|\\p{Cntrl}]|\\.\\.).*|^[.\\s].*|.*[.\\s]$");

    private FileChecks() {
    }

    /** The file name as given, if it is a plain name (no path, no tricks); refused otherwise. */
    static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        RuleViolation.require(!clean.isEmpty(), "file.nameMissing");
        RuleViolation.require(!BAD_NAME.matcher(clean).matches(), "file.badName", clean);
        RuleViolation.require(clean.length() <= MAX_NAME, "file.nameTooLong", MAX_NAME);
        return java.text.Normalizer.normalize(clean, java.text.Normalizer.Form.NFC);
    }

    /** The content's real type, if the portal takes it and the name's ending agrees with it. */
    static String checkedType(byte[] content, String name) {
        String type = TIKA.detect(content);
        String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Set<String> endings = ACCEPTED.get(type);
        RuleViolation.require(endings != null, "file.typeRefused", name);
        RuleViolation.require(endings.contains(ending), "file.nameLies", name, String.join(", ", endings));
        return type;
    }

    /** The words in the file (up to {@value #MAX_TEXT} characters), or null when there are none or it cannot be read. */
    static String text(byte[] content, String type) {
        if (type.startsWith("image/")) {
            return null;
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
        try (InputStream in = new ByteArrayInputStream(content)) {
            new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                // a damaged or encrypted file is still kept; it is just not searchable inside
                LOG.log(Level.INFO, "No text from a " + type + " file: " + e);
                return null;
            }
        }
        String text = handler.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
        return text.isEmpty() ? null : text;
    }
}
