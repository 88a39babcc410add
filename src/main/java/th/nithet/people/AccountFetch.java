package th.nithet.people;

import jakarta.persistence.TypedQuery;

/**
 * Reads an {@link Account} a query returns (the query's root or a person it points to) with the query
 * instead of one query per relation. An account brings its school (and the school's network), learning
 * areas, supervised networks and roles, all eager: read one by one that is six queries per person, and
 * a page asks for the viewer several times and for every author it shows.
 * <p>
 * One account whole (the signed-in person): the named query {@link Account#SIGNED_IN}, whose hints join the same
 * relations and the collections too (for one person that repeats its row a handful of times).
 * <p>
 * The hints are EclipseLink's, given by name (the application does not compile against EclipseLink).
 */
public final class AccountFetch {

    static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final String[] COLLECTIONS = {"learningAreas", "supervisedNetworks", "roles"};

    private AccountFetch() {
    }

    /**
     * For a query that answers many rows each pointing to a person ({@code path}, e.g. {@code c.author}):
     * the people and their schools joined to the rows, their collections read once for all of them
     * (SQL {@code IN}), so the query costs four round trips however many people it shows. Joining the
     * collections instead would multiply the rows and break a page's {@code LIMIT}.
     */
    public static <T> TypedQuery<T> manyWhole(TypedQuery<T> query, String path) {
        query.setHint(LEFT_JOIN_FETCH, path);
        query.setHint(LEFT_JOIN_FETCH, path + ".school.network");
        query.setHint(BATCH_TYPE, "IN");
        for (String collection : COLLECTIONS) {
            query.setHint(BATCH, path + "." + collection);
        }
        return query;
    }
}
