package th.nithet.content;

import th.nithet.content.files.Attachment;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.organisation.LearningArea;
import th.nithet.search.SearchDocument;
import th.nithet.search.SearchSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every content type (news, knowledge articles, questions with their answers, practices) as search sees it: every live content item, with its attachments' text. */
@Stateless
@PermitAll
public class ContentDocuments implements SearchSource {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Override
    public List<String> types() {
        return Arrays.stream(ContentType.values()).map(ContentType::apiName).toList();
    }

    @Override
    public Optional<SearchDocument> document(String type, long id) {
        ContentItem item = em.find(ContentItem.class, id);
        // published items are indexed also before their time (scheduled): searches filter by publication time
        if (item == null || !item.type().apiName().equals(type) || item.getStatus() != ContentStatus.PUBLISHED
                || item.getPublishAt() == null) {
            return Optional.empty();
        }
        List<SearchDocument.File> files = em.createQuery("SELECT a FROM Attachment a WHERE a.content.id = :id ORDER BY a.id",
                        Attachment.class).setParameter("id", id).getResultStream()
                .map(a -> new SearchDocument.File(a.getId(), a.getFileName(), a.getFile().getExtractedText())).toList();
        return Optional.of(new SearchDocument(type, id, item.getTitle(), item.getSearchText(), files, item.getVisibility().name(),
                item.getPublishAt(), item.getLearningAreas().stream().map(LearningArea::getCode).sorted().toList(),
                item.getCategoryLabel(), item.getAuthor().getUsername(), item.getAuthor().getDisplayName(), item.path(),
                item.getViewCount(), stamp(item), item.searchReaders()));
    }

    @Override
    public List<Stamp> live() {
        @SuppressWarnings("unchecked")
        // a question changes also when one of its answers does (their text is searched with it)
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.type, GREATEST(i.updated_at, "
                + "COALESCE((SELECT MAX(x.updated_at) FROM answer x WHERE x.question_id = i.id), i.updated_at)), "
                + "(SELECT COUNT(*) FROM attachment a WHERE a.content_id = i.id) FROM content_item i "
                + "WHERE i.status = 'PUBLISHED' AND i.publish_at IS NOT NULL").getResultList();
        return rows.stream().map(r -> new Stamp(ContentType.valueOf((String) r[1]).apiName(), ((Number) r[0]).longValue(),
                stamp(th.nithet.platform.db.InstantConverter.fromColumn(r[2]), ((Number) r[3]).longValue()))).toList();
    }

    /** Changes with the item and with its attachments (their count is part of it). */
    private long stamp(ContentItem item) {
        long attachments = em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.content.id = :id", Long.class)
                .setParameter("id", item.getId()).getSingleResult();
        // native: an aggregate over a converted Instant column does not come back as an Instant
        Object last = em.createNativeQuery("SELECT MAX(updated_at) FROM answer WHERE question_id = ?")
                .setParameter(1, item.getId()).getSingleResult();
        Instant answered = last == null ? null : th.nithet.platform.db.InstantConverter.fromColumn(last);
        return stamp(answered != null && answered.isAfter(item.getUpdatedAt()) ? answered : item.getUpdatedAt(), attachments);
    }

    private static long stamp(Instant updated, long attachments) {
        return updated.toEpochMilli() * 1000 + attachments;
    }


    @Override
    public java.util.Map<String, Long> views() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, type, view_count FROM content_item WHERE status = 'PUBLISHED'")
                .getResultList();
        java.util.Map<String, Long> views = new java.util.HashMap<>();
        rows.forEach(r -> views.put(SearchDocument.key(ContentType.valueOf((String) r[1]).apiName(), ((Number) r[0]).longValue()),
                ((Number) r[2]).longValue()));
        return views;
    }
}
