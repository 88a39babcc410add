package th.nithet.practices;

import th.nithet.content.ContentDraft;

import java.util.List;

/**
 * What a teacher writes for a practice: the shared fields ({@code content}: title, what they did as
 * the body, visibility, learning areas, tags) and its own — summary, problem, results, level, video
 * links (http or https addresses). Rich text is cleaned on the way in.
 */
public record PracticeDraft(ContentDraft content, String summary, String problem, String results, SchoolLevel level,
                            List<String> videoLinks) {
}
