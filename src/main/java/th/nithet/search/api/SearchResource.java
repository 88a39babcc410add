package th.nithet.search.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.platform.api.ApiAccess;
import th.nithet.platform.security.Role;
import th.nithet.search.SearchIndex;
import th.nithet.search.engine.SearchQuery;
import th.nithet.search.engine.SearchResult;
import th.nithet.search.SearchService;

import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/v1/search?q=…&limit=N&offset=M&type=…}: the contract tools rely on —
 * {@code {"total": n, "totalExact": true, "hits": [{"id", "type", "title", "url", "snippet", "score"}]}},
 * ids as in the content API, the same visibility as the pages (anonymous calls: public items only).
 * {@code total} is exact for small results and estimated past about 2,000 (then {@code totalExact} is false).
 */
@ApplicationScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "One search over all content")
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    SearchIndex index;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @Context
    UriInfo uri;

    @Schema(name = "SearchHit")

    public record Hit(long id, String type, String title, String url, String snippet, float score) {
    }

    @Schema(name = "SearchAnswer")

    public record Answer(long total, boolean totalExact, List<Hit> hits,
                         @Schema(description = "set when what was typed found nothing and these are the hits of this text, "
                                 + "what was probably meant (a misspelling, a short form, English joined or split)",
                                 nullable = true) String respelled) {
    }

    @GET
    @Operation(summary = "Search everything the caller may read",
            description = "q: Thai and/or English; \"a phrase\" in quotes; -word to exclude. Broken syntax is searched as text. "
                    + "type: news, knowledge (repeatable). snippet is HTML with the matches in <mark>. "
                    + "total is exact when the search finds up to about 2,000 items (totalExact: true); past that it is "
                    + "an estimate from a sample of the index, rounded to two significant digits (totalExact: false). "
                    + "The hits themselves are always the best ones, in order. When q as typed finds nothing, the hits are "
                    + "those of what was probably meant, named in respelled; asTyped=true searches only what was typed.")
    public Answer search(@QueryParam("q") String q, @QueryParam("type") List<String> types,
                         @QueryParam("limit") @DefaultValue("10") int limit, @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("asTyped") @DefaultValue("false") boolean asTyped) {
        // the contract has no facets: not counting them saves a pass over the hits
        SearchResult result = search.search(q, types == null ? Set.of() : Set.copyOf(types), null, null, null, null,
                SearchQuery.Order.RELEVANCE, offset, limit, false, asTyped);
        var base = uri.getBaseUri();
        return new Answer(result.total(), result.totalExact(), result.hits().stream().map(h -> new Hit(h.id(), h.type(), h.title(),
                base.resolve("../../" + h.path().substring(1)).toString(), h.snippet(), h.score())).toList(), result.respelled());
    }

    @GET
    @Path("status")
    @Operation(summary = "The index: documents, size, last rebuild, whether a rebuild runs (admin)")
    public SearchIndex.Status status() {
        ApiAccess.require(security, Role.ADMIN);
        return index.status();
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Build the index anew from the database, in the background (admin)")
    @APIResponse(responseCode = "202", description = "The rebuild has started", content = @Content(schema = @Schema(implementation = SearchIndex.Status.class)))
    public jakarta.ws.rs.core.Response rebuild() {
        ApiAccess.require(security, Role.ADMIN);
        index.rebuildLater();
        return jakarta.ws.rs.core.Response.accepted(index.status()).build();
    }

    @POST
    @Path("reconcile")
    @Operation(summary = "Compare the index with the database now and fix what differs; answers how many items (admin)")
    public int reconcile() {
        ApiAccess.require(security, Role.ADMIN);
        return index.reconcile();
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Titles containing what has been typed so far, for a search box")
    public List<String> suggest(@QueryParam("q") String q) {
        return search.suggest(q);
    }
}
