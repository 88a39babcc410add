package th.nithet.search;

import th.nithet.search.engine.SearchEngine;
import th.nithet.search.engine.SearchQuery;
import th.nithet.search.engine.SearchResult;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import th.nithet.people.Account;
import th.nithet.platform.security.Role;

import java.security.Principal;
import java.util.HashSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Searching as the caller: only what their visibility allows (visitors: public items; members:
 * also members' items; supervisors and administrators: also staff items), only what is published.
 */
@Stateless
@PermitAll
public class SearchService {

    public static final int MAX_LIMIT = 100;

    @Inject
    SearchIndex index;

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    /** A search for the caller, with facet counts; the text may be anything (broken syntax is searched as plain text). */
    public SearchResult search(String text, Set<String> types, String learningArea, String category, Integer year,
                               String author, SearchQuery.Order order, int offset, int limit) {
        return search(text, types, learningArea, category, year, author, order, offset, limit, true);
    }

    /** As above; {@code facets} false skips counting facets (callers that show none, such as the API). */
    public SearchResult search(String text, Set<String> types, String learningArea, String category, Integer year,
                               String author, SearchQuery.Order order, int offset, int limit, boolean facets) {
        return search(text, types, learningArea, category, year, author, order, offset, limit, facets, false);
    }

    /** As above; {@code asTyped} true searches only what was typed, never what may have been meant instead. */
    public SearchResult search(String text, Set<String> types, String learningArea, String category, Integer year,
                               String author, SearchQuery.Order order, int offset, int limit, boolean facets, boolean asTyped) {
        try {
            return index.engine().search(new SearchQuery(text, visibilities(), Instant.now(), types == null || types.isEmpty() ? null : types,
                    blank(learningArea), blank(category), year, blank(author), order == null ? SearchQuery.Order.RELEVANCE : order,
                    Math.max(0, Math.min(offset, 10_000)), Math.max(1, Math.min(limit, MAX_LIMIT)), facets), asTyped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> suggest(String typed) {
        try {
            return index.engine().suggest(typed, visibilities(), Instant.now(), 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items of one type like {@code text}, that the caller may read (similar questions while asking). */
    public List<SearchEngine.Similar> similar(String text, String type, int limit) {
        try {
            return index.engine().similar(text, type, visibilities(), Instant.now(), limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The visibilities the caller may read (the content feature's rule, read from their account's roles
     * now), and the keys of items open to them beyond that: their own, and their school's when they head
     * one (a supervision is open to its participants and its school's director, {@code Supervision.isOpenTo}).
     */
    Set<String> visibilities() {
        Principal caller = security.getCallerPrincipal();
        Account account = caller == null ? null : em.createQuery("SELECT a FROM Account a WHERE a.username = :u AND a.enabled = TRUE",
                Account.class).setParameter("u", caller.getName()).getResultStream().findFirst().orElse(null);
        if (account == null || account.getRoles().isEmpty()) {
            return Set.of("PUBLIC");
        }
        Set<String> keys = new HashSet<>(List.of("PUBLIC", "MEMBERS", SearchDocument.reader(account.getId())));
        if (account.getRoles().contains(Role.SUPERVISOR) || account.getRoles().contains(Role.ADMIN)) {
            keys.add("STAFF");
        }
        if (account.getHeadedSchool() != null) {
            keys.add(SearchDocument.headsOf(account.getHeadedSchool().getId()));
        }
        return keys;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
