package th.nithet.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learning areas, school networks and schools: everyone may read them, administrators change them.
 * Lists come in Thai dictionary order (the name columns' collation does the sorting).
 */
@Stateless
@PermitAll
public class OrganisationService {

    public static final int MAX_PAGE = 500;

    /** Who is asking: writes are for administrators (checked here rather than by {@code @RolesAllowed}, so that the demo
     * office's generator, acting as its administrator through {@code Viewers.actingAs}, passes the same check). */
    @jakarta.inject.Inject
    th.nithet.content.Viewers viewers;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    public List<LearningArea> learningAreas() {
        return em.createQuery("SELECT a FROM LearningArea a ORDER BY a.sortOrder, a.nameTh", LearningArea.class).getResultList();
    }

    public Optional<LearningArea> learningArea(long id) {
        return Optional.ofNullable(em.find(LearningArea.class, id));
    }

    public Optional<LearningArea> learningAreaByCode(String code) {
        return em.createQuery("SELECT a FROM LearningArea a WHERE a.code = :code", LearningArea.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public LearningArea updateLearningArea(long id, String nameTh, String nameEn, int sortOrder, boolean active) {
        viewers.administrator();
        LearningArea area = learningArea(id).orElseThrow(() -> new RuleViolation("learningArea.notFound"));
        area.rename(requiredName(nameTh), requiredName(nameEn), sortOrder, active);
        return area;
    }

    /** A new learning area at the end of the list; its code (letters, digits, dashes) never changes. */
    public LearningArea createLearningArea(String code, String nameTh, String nameEn) {
        viewers.administrator();
        String cleanCode = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        RuleViolation.require(cleanCode.matches("[a-z0-9][a-z0-9-]{0,39}"), "learningArea.badCode", cleanCode);
        RuleViolation.require(learningAreaByCode(cleanCode).isEmpty(), "learningArea.duplicateCode", cleanCode);
        int last = em.createQuery("SELECT COALESCE(MAX(a.sortOrder), 0) FROM LearningArea a", Integer.class).getSingleResult();
        LearningArea area = new LearningArea(cleanCode, requiredName(nameTh), requiredName(nameEn), last + 1);
        em.persist(area);
        return area;
    }

    public List<SchoolNetwork> networks() {
        return em.createQuery("SELECT n FROM SchoolNetwork n ORDER BY n.name", SchoolNetwork.class).getResultList();
    }

    public Optional<SchoolNetwork> network(long id) {
        return Optional.ofNullable(em.find(SchoolNetwork.class, id));
    }

    public SchoolNetwork createNetwork(String name) {
        viewers.administrator();
        String clean = requiredName(name);
        RuleViolation.require(networkNamed(clean).isEmpty(), "network.duplicate", clean);
        SchoolNetwork network = new SchoolNetwork(clean);
        em.persist(network);
        em.flush(); // its id, for callers inside a larger transaction (the school import)
        return network;
    }

    public SchoolNetwork renameNetwork(long id, String name) {
        viewers.administrator();
        SchoolNetwork network = network(id).orElseThrow(() -> new RuleViolation("network.notFound"));
        String clean = requiredName(name);
        RuleViolation.require(networkNamed(clean).map(n -> n.getId().equals(network.getId())).orElse(true),
                "network.duplicate", clean);
        network.rename(clean);
        return network;
    }

    public Optional<SchoolNetwork> networkNamed(String name) {
        return em.createQuery("SELECT n FROM SchoolNetwork n WHERE n.name = :name", SchoolNetwork.class)
                .setParameter("name", name == null ? "" : name.trim()).getResultStream().findFirst();
    }

    /** Schools, optionally of one network and/or whose name contains {@code query}, in Thai order. */
    public List<School> schools(Long networkId, String query, int offset, int limit) {
        TypedQuery<School> q = em.createQuery("SELECT s FROM School s WHERE (:network IS NULL OR s.network.id = :network) "
                + "AND (:query IS NULL OR s.name LIKE :query) ORDER BY s.name", School.class);
        return bind(q, networkId, query).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), MAX_PAGE)).getResultList();
    }

    /** How many schools each network has, by network id (networks without schools are absent). */
    public Map<Long, Long> schoolCountsByNetwork() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.network.id, COUNT(s) FROM School s GROUP BY s.network.id", Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Every school in Thai order: for matching imported rows by name or code, and for the export. */
    public List<School> allSchools() {
        return em.createQuery("SELECT s FROM School s ORDER BY s.name", School.class).getResultList();
    }

    public long countSchools(Long networkId, String query) {
        return bind(em.createQuery("SELECT COUNT(s) FROM School s WHERE (:network IS NULL OR s.network.id = :network) "
                + "AND (:query IS NULL OR s.name LIKE :query)", Long.class), networkId, query).getSingleResult();
    }

    public Optional<School> school(long id) {
        return Optional.ofNullable(em.find(School.class, id));
    }

    public Optional<School> schoolNamed(String name) {
        return em.createQuery("SELECT s FROM School s WHERE s.name = :name", School.class)
                .setParameter("name", name == null ? "" : name.trim()).getResultStream().findFirst();
    }

    public School createSchool(String code, String name, long networkId, String district, LocalDate foundedOn) {
        viewers.administrator();
        String cleanName = requiredName(name);
        String cleanCode = School.checkedCode(code);
        checkUnique(null, cleanCode, cleanName);
        School school = new School(cleanCode, cleanName, requiredNetwork(networkId), blankToNull(district), checkedFounding(foundedOn));
        em.persist(school);
        return school;
    }

    public School updateSchool(long id, String code, String name, long networkId, String district, LocalDate foundedOn,
                               boolean active) {
        viewers.administrator();
        School school = school(id).orElseThrow(() -> new RuleViolation("school.notFound"));
        String cleanName = requiredName(name);
        String cleanCode = School.checkedCode(code);
        checkUnique(school.getId(), cleanCode, cleanName);
        school.update(cleanCode, cleanName, requiredNetwork(networkId), blankToNull(district), checkedFounding(foundedOn), active);
        return school;
    }

    /** No other school (than the one with {@code id}, if any) has this name or code. */
    private void checkUnique(Long id, String code, String name) {
        RuleViolation.require(schoolNamed(name).map(s -> s.getId().equals(id)).orElse(true), "school.duplicateName", name);
        if (code != null) {
            RuleViolation.require(em.createQuery("SELECT s FROM School s WHERE s.code = :code", School.class)
                    .setParameter("code", code).getResultStream().findFirst()
                    .map(s -> s.getId().equals(id)).orElse(true), "school.duplicateCode", code);
        }
    }

    private static LocalDate checkedFounding(LocalDate foundedOn) {
        return School.checkedFounding(foundedOn, ThaiDates.today());
    }

    private SchoolNetwork requiredNetwork(long networkId) {
        return network(networkId).orElseThrow(() -> new RuleViolation("network.notFound"));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Long networkId, String query) {
        String text = query == null || query.isBlank() ? null : "%" + query.trim().replace("%", "").replace("_", "") + "%";
        return q.setParameter("network", networkId).setParameter("query", text);
    }

    static String requiredName(String name) {
        return School.checkedName(name);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
