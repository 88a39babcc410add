package th.nithet.content;

import java.util.List;
import java.util.Set;

/**
 * What a person writes for any content item, as a form or a script sends it. {@code body} is HTML
 * from the editor or plain text; it is cleaned by {@link RichText} before anything keeps it.
 * Null visibility means public; null collections mean none.
 */
public record ContentDraft(String title, String body, Visibility visibility, Set<String> learningAreaCodes,
                           List<String> tags) {
}
