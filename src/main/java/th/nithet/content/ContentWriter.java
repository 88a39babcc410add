package th.nithet.content;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.organisation.LearningArea;
import th.nithet.platform.rules.InvalidFields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a {@link ContentDraft} and writes it into an item, for every content type: the title,
 * the cleaned body, visibility, learning areas and tags. Every problem is reported at once, with
 * the problems the type's own service found, as {@link InvalidFields}; nothing changes then.
 */
@Stateless
@PermitAll
public class ContentWriter {

    public static final int MAX_TAGS = 10;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    /** Writes {@code draft} into {@code item}, or throws with every problem in it and in {@code problems}. */
    public void write(ContentItem item, ContentDraft draft, InvalidFields.Collector problems) {
        String title = draft.title() == null ? "" : draft.title().strip().replaceAll("\\s+", " ");
        problems.check(!title.isEmpty(), "title", "content.titleRequired")
                .check(title.length() <= ContentItem.MAX_TITLE, "title", "content.titleTooLong", ContentItem.MAX_TITLE);
        String raw = draft.body() == null ? "" : draft.body();
        problems.check(raw.length() <= RichText.MAX_LENGTH, "body", "content.bodyTooLong", RichText.MAX_LENGTH);
        String body = problems.has("body") ? "" : RichText.clean(raw);
        problems.check(!RichText.isEmpty(body), "body", "content.bodyRequired");

        Set<LearningArea> areas = new HashSet<>();
        for (String code : draft.learningAreaCodes() == null ? Set.<String>of() : draft.learningAreaCodes()) {
            List<LearningArea> found = em.createQuery("SELECT a FROM LearningArea a WHERE a.code = :code", LearningArea.class)
                    .setParameter("code", code == null ? "" : code.strip()).getResultList();
            problems.check(!found.isEmpty(), "learningAreas", "learningArea.unknown", code);
            areas.addAll(found);
        }
        List<String> tagNames = tagNames(draft.tags(), problems);
        problems.throwIfAny();

        item.write(title, body, draft.visibility() == null ? Visibility.PUBLIC : draft.visibility(), areas, resolve(tagNames));
    }

    /** Tags as people type them: "#PLC", " active  learning " → PLC, active learning; duplicates dropped. */
    static List<String> tagNames(List<String> raw, InvalidFields.Collector problems) {
        Set<String> names = new LinkedHashSet<>();
        for (String tag : raw == null ? List.<String>of() : raw) {
            String name = tag == null ? "" : tag.strip().replaceFirst("^#+", "").replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            problems.check(name.length() <= Tag.MAX_LENGTH, "tags", "content.tagTooLong", Tag.MAX_LENGTH);
            problems.check(!name.matches(".*[<>\"].*"), "tags", "content.tagCharacters");
            if (names.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
                names.add(name);
            }
        }
        problems.check(names.size() <= MAX_TAGS, "tags", "content.tooManyTags", MAX_TAGS);
        return new ArrayList<>(names);
    }

    private Set<Tag> resolve(List<String> names) {
        Set<Tag> tags = new HashSet<>();
        for (String name : names) {
            tags.add(em.createQuery("SELECT t FROM Tag t WHERE t.name = :name", Tag.class).setParameter("name", name)
                    .getResultStream().findFirst().orElseGet(() -> {
                        Tag tag = new Tag(name);
                        em.persist(tag);
                        return tag;
                    }));
        }
        return tags;
    }

    /** Tag names starting with (or containing) what was typed, most used first: for autocomplete. */
    public List<String> suggestTags(String typed, int limit) {
        String text = typed == null ? "" : typed.strip().replaceFirst("^#+", "");
        if (text.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT t.name FROM tag t LEFT JOIN content_tag ct ON ct.tag_id = t.id "
                        + "WHERE t.name LIKE ? GROUP BY t.id, t.name ORDER BY (t.name LIKE ?) DESC, COUNT(ct.content_id) DESC, t.name")
                .setParameter(1, "%" + text.replace("%", "").replace("_", "") + "%")
                .setParameter(2, text.replace("%", "").replace("_", "") + "%")
                .setMaxResults(Math.max(1, Math.min(limit, 20))).getResultList();
        return names;
    }
}
