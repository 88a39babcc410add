package th.nithet.knowledge;

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

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/v1/knowledge}: the knowledge bank for scripts. Tools rely on this contract: POST with
 * {@code {"title","body","tags"}} as a supervisor or administrator answers 201 with {@code "id"} and
 * {@code "url"}; a bad request answers 400 naming each bad field; GET by id returns the article.
 */
@ApplicationScoped
@Path("knowledge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "knowledge", description = "The knowledge bank (ขุมความรู้)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class KnowledgeResource {

    @Inject
    KnowledgeService knowledge;

    @Context
    UriInfo uri;

    /**
     * An article as scripts write it. {@code body}: HTML (cleaned on the way in) or plain text (its line
     * breaks kept). {@code visibility}: public (default), members or staff. {@code status}: published
     * (default) or draft. {@code learningAreas}: codes as /api/v1/learning-areas gives them.
     */
    public record ArticleInput(String title, String body, List<String> tags, List<String> learningAreas,
                               String visibility, Long categoryId, String status, String note) {
    }

    public record CategoryView(long id, String name, String path) {
        static CategoryView of(ArticleCategory c) {
            return c == null ? null : new CategoryView(c.getId(), c.getName(), c.getPath());
        }
    }

    public record ArticleView(long id, String type, String url, String title, String body, List<String> tags,
                              List<String> learningAreas, String visibility, String status, Instant publishAt,
                              ContentApi.Author author, CategoryView category, long viewCount, int likeCount,
                              int commentCount, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "ArticleVersionView")

    public record VersionView(int number, String title, String body, String editor, Instant editedAt, String note) {
    }

    @Schema(name = "ArticlePage")

    public record Page(long total, List<ArticleView> items) {
    }

    public record CategoryInput(String name, Long parentId) {
    }

    public record CategoryNode(long id, String name, Long parentId, String path, int depth) {
    }

    @GET
    @Path("categories")
    @Operation(summary = "The knowledge bank's categories, each parent followed by its children")
    public List<CategoryNode> categories() {
        return knowledge.categories().stream().map(c -> new CategoryNode(c.getId(), c.getName(),
                c.getParent() == null ? null : c.getParent().getId(), c.getPath(), c.getDepth())).toList();
    }

    @POST
    @Path("categories")
    @Operation(summary = "Add a category, at the top or under parentId (supervisor or admin)")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = CategoryNode.class)))
    public Response createCategory(CategoryInput input) {
        ArticleCategory c = knowledge.createCategory(input == null ? null : input.name(), input == null ? null : input.parentId());
        return Response.status(201).entity(new CategoryNode(c.getId(), c.getName(),
                c.getParent() == null ? null : c.getParent().getId(), c.getPath(), c.getDepth())).build();
    }

    @PUT
    @Path("categories/{categoryId}")
    @Operation(summary = "Rename a category (supervisor or admin)")
    public CategoryNode renameCategory(@PathParam("categoryId") long id, CategoryInput input) {
        ArticleCategory c = knowledge.renameCategory(id, input == null ? null : input.name());
        return new CategoryNode(c.getId(), c.getName(), c.getParent() == null ? null : c.getParent().getId(), c.getPath(), c.getDepth());
    }

    @POST
    @Operation(summary = "Write an article (supervisor or admin)",
            description = "Answers 201 with the article, including its id and the url of its page. Invalid input "
                    + "answers 400 with \"fields\" naming each bad field.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response create(ArticleInput input) {
        ArticleInput in = input == null ? new ArticleInput(null, null, null, null, null, null, null, null) : input;
        Article article = knowledge.create(draft(in, null), in.categoryId(), ContentApi.publish(in.status()), in.note());
        ArticleView view = view(article);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Operation(summary = "Live articles the caller may read, newest first (or sort=views)")
    public Page list(@QueryParam("category") Long category, @QueryParam("learningArea") String learningArea,
                     @QueryParam("tag") String tag, @QueryParam("author") String author,
                     @QueryParam("sort") @DefaultValue("newest") String sort,
                     @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        KnowledgeService.Filter filter = new KnowledgeService.Filter(category, learningArea, tag, author);
        KnowledgeService.Order order = "views".equalsIgnoreCase(sort) ? KnowledgeService.Order.MOST_VIEWED : KnowledgeService.Order.NEWEST;
        return new Page(knowledge.count(filter), knowledge.list(filter, order, offset, limit).stream().map(this::view).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article; 401/403 when its visibility keeps the caller out, 404 when there is none")
    public ArticleView get(@PathParam("id") long id) {
        return view(knowledge.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an article; fields left out keep their value; the previous state is kept as a version")
    public ArticleView update(@PathParam("id") long id, ArticleInput input) {
        Article current = knowledge.read(id);
        ArticleInput in = input == null ? new ArticleInput(null, null, null, null, null, null, null, null) : input;
        return view(knowledge.update(id, draft(in, current),
                in.categoryId() != null ? in.categoryId() : current.getCategory() == null ? null : current.getCategory().getId(),
                in.note()));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every saved version of an article, newest first")
    public List<VersionView> versions(@PathParam("id") long id) {
        return knowledge.versions(id).stream().map(v -> new VersionView(v.getNumber(), v.getTitle(), v.getBodyHtml(),
                v.getEditor().getUsername(), v.getEditedAt(), v.getNote())).toList();
    }

    @POST
    @Path("{id}/versions/{number}/restore")
    @Operation(summary = "Make an old version the article's text again (saved as a new version)")
    public ArticleView restore(@PathParam("id") long id, @PathParam("number") int number) {
        return view(knowledge.restore(id, number));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish now")
    public ArticleView publish(@PathParam("id") long id) {
        return view(knowledge.publish(id));
    }

    @POST
    @Path("{id}/unpublish")
    @Operation(summary = "Take off the portal (back to its authors)")
    public ArticleView unpublish(@PathParam("id") long id) {
        return view(knowledge.unpublish(id));
    }

    private static ContentDraft draft(ArticleInput in, Article current) {
        return ContentApi.draft(in.title(), in.body(), in.tags(), in.learningAreas(), in.visibility(), current);
    }

    private ArticleView view(Article a) {
        return new ArticleView(a.getId(), a.type().apiName(), ContentApi.url(uri, a), a.getTitle(), a.getBodyHtml(),
                a.getTagNames(), ContentApi.learningAreaCodes(a), ContentApi.lower(a.getVisibility()),
                ContentApi.lower(a.getStatus()), a.getPublishAt(), ContentApi.Author.of(a), CategoryView.of(a.getCategory()),
                a.getViewCount(), a.getLikeCount(), a.getCommentCount(), a.getCreatedAt(), a.getUpdatedAt());
    }
}
