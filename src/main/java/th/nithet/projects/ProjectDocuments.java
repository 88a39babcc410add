package th.nithet.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.search.SearchDocument;
import th.nithet.search.SearchSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Projects as search sees them, for staff only (visibility STAFF): the name, and the form's words —
 * rationale, objectives, targets and their results, activities, evaluation, problems, suggestions.
 */
@Stateless
@PermitAll
public class ProjectDocuments implements SearchSource {

    public static final String TYPE = "project";

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Override
    public List<String> types() {
        return List.of(TYPE);
    }

    @Override
    public Optional<SearchDocument> document(String type, long id) {
        Project p = em.find(Project.class, id);
        if (p == null || !TYPE.equals(type)) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String s : new String[]{p.getRationale(), p.getObjectives(), p.getEvaluation(), p.getProblems(), p.getSuggestions()}) {
            if (s != null) {
                words.add(s);
            }
        }
        p.getTargets().forEach(t -> words.add(t.getDescription() + (t.getResultText() == null ? "" : " " + t.getResultText())));
        p.getActivities().forEach(a -> words.add(a.getName() + (a.getResponsible() == null ? "" : " " + a.getResponsible())));
        p.getBudgetLines().forEach(b -> words.add(b.getDescription()));
        return Optional.of(new SearchDocument(TYPE, id, p.getName(), String.join("\n", words), List.of(), "STAFF", p.getCreatedAt(), List.of(),
                Messages.get(Languages.THAI, "project.kind." + p.getKind().name()), p.getOwner().getUsername(), p.getOwner().getDisplayName(),
                "/projects/" + id, 0, stamp(p.getUpdatedAt())));
    }

    @Override
    public List<Stamp> live() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, updated_at FROM project").getResultList();
        return rows.stream().map(r -> new Stamp(TYPE, ((Number) r[0]).longValue(), stamp(th.nithet.platform.db.InstantConverter.fromColumn(r[1])))).toList();
    }

    private static long stamp(Instant updated) {
        return updated.toEpochMilli();
    }

}
