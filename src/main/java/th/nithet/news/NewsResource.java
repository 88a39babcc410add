package th.nithet.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.api.ContentApi;
import th.nithet.content.ContentDraft;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.rules.InvalidFields;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code /api/v1/news}: academic news for scripts; the same rules as the pages. */
@ApplicationScoped
@Path("news")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "news", description = "Academic news (ข่าวสารวิชาการ)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class NewsResource {

    @Inject
    NewsService news;

    @Context
    UriInfo uri;

    /**
     * {@code category}: policy, project, training or general (default). {@code status}: published
     * (default) or draft. {@code publishAt}: ISO instant (2026-12-01T02:00:00Z) to schedule.
     */
    public record NewsInput(String title, String body, List<String> tags, List<String> learningAreas, String visibility,
                            String category, Boolean pinned, String status, Instant publishAt) {
    }

    public record NewsView(long id, String type, String url, String title, String body, List<String> tags,
                           List<String> learningAreas, String visibility, String status, Instant publishAt, String category,
                           boolean pinned, ContentApi.Author author, long viewCount, int likeCount, int commentCount,
                           Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "NewsPage")

    public record Page(long total, List<NewsView> items) {
    }

    @POST
    @Operation(summary = "Write a news item (supervisor or admin); 201 with its id and url, 400 naming each bad field")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = NewsView.class)))
    public Response create(NewsInput input) {
        NewsInput in = input == null ? new NewsInput(null, null, null, null, null, null, null, null, null) : input;
        News item = news.create(draft(in, null), options(in, null));
        NewsView view = view(item);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Operation(summary = "Live news the caller may read: pinned first, then newest; year in the Buddhist era (2569)")
    public Page list(@QueryParam("category") String category, @QueryParam("learningArea") String learningArea,
                     @QueryParam("year") Integer year,
                     @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        NewsService.Filter filter = new NewsService.Filter(category(category), learningArea, year);
        return new Page(news.count(filter), news.list(filter, true, offset, limit).stream().map(this::view).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One news item; 401/403 when its visibility keeps the caller out, 404 when there is none")
    public NewsView get(@PathParam("id") long id) {
        return view(news.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a news item (its author or an admin); fields left out keep their value")
    public NewsView update(@PathParam("id") long id, NewsInput input) {
        News current = news.read(id);
        NewsInput in = input == null ? new NewsInput(null, null, null, null, null, null, null, null, null) : input;
        return view(news.update(id, draft(in, current), options(in, current)));
    }

    @POST
    @Path("{id}/unpublish")
    @Operation(summary = "Take a news item off the portal")
    public NewsView unpublish(@PathParam("id") long id) {
        return view(news.unpublish(id));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a news item now")
    public NewsView publish(@PathParam("id") long id) {
        return view(news.publish(id, null));
    }

    private static ContentDraft draft(NewsInput in, News current) {
        return ContentApi.draft(in.title(), in.body(), in.tags(), in.learningAreas(), in.visibility(), current);
    }

    private static NewsService.Options options(NewsInput in, News current) {
        NewsCategory category = in.category() != null ? category(in.category())
                : current != null ? current.getCategory() : NewsCategory.GENERAL;
        boolean pinned = in.pinned() != null ? in.pinned() : current != null && current.isPinned();
        boolean publish = in.status() != null || current == null ? ContentApi.publish(in.status()) : false;
        return new NewsService.Options(category, pinned, publish, in.publishAt());
    }

    private static NewsCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NewsCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            InvalidFields.collect().check(false, "category", "news.badCategory", value).throwIfAny();
            return null;
        }
    }

    private NewsView view(News n) {
        return new NewsView(n.getId(), n.type().apiName(), ContentApi.url(uri, n), n.getTitle(), n.getBodyHtml(),
                n.getTagNames(), ContentApi.learningAreaCodes(n), ContentApi.lower(n.getVisibility()),
                ContentApi.lower(n.getStatus()), n.getPublishAt(), ContentApi.lower(n.getCategory()), n.isPinned(),
                ContentApi.Author.of(n), n.getViewCount(), n.getLikeCount(), n.getCommentCount(), n.getCreatedAt(),
                n.getUpdatedAt());
    }
}
