package th.nithet.supervision;

import th.nithet.content.ContentDraft;

import java.util.List;

/**
 * A supervision as a supervisor opens it: {@code content} holds the topic (title), what it is for
 * (body) and learning areas; the school and/or the teachers taking part, by user name; the project it
 * serves and the indicator it is evidence for, if any.
 */
public record SupervisionDraft(ContentDraft content, Long schoolId, List<String> participantUsernames, Long projectId, Long indicatorId) {
}
