package th.nithet.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.files.Attachment;
import th.nithet.content.files.Attachments;
import th.nithet.content.Comment;
import th.nithet.content.Conversation;
import th.nithet.platform.api.ApiApplication;

import java.time.Instant;
import java.util.List;

/**
 * {@code /api/v1/content/{id}/…}: what every content item has — attachments, comments, likes —
 * whatever its type; {@code id} is the item's id in the news or knowledge API.
 */
@ApplicationScoped
@Path("content/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content", description = "Attachments, comments and likes of any content item")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class ContentResource {

    @Inject
    Attachments attachments;

    @Inject
    Conversation conversation;

    public record AttachmentView(long id, String fileName, String mediaType, long size, String url, boolean hasText) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getFile().getMediaType(), a.getFile().getSize(),
                    a.getPath(), a.getFile().getExtractedText() != null);
        }
    }

    public record CommentView(long id, String author, String authorName, String body, String status, Instant createdAt) {
        static CommentView of(Comment c) {
            return new CommentView(c.getId(), c.getAuthor().getUsername(), c.getAuthor().getDisplayName(), c.getBodyHtml(),
                    c.getStatus().name().toLowerCase(java.util.Locale.ROOT), c.getCreatedAt());
        }
    }

    public record CommentInput(String text) {
    }

    public record Likes(int likes, boolean liked) {
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (whoever may change the item)",
            description = "The body is the file; ?name= gives its name (Thai is fine). PDF, DOCX, XLSX, PPTX, JPG, PNG, GIF, "
                    + "checked by content; size and per-person quota limited. 201 with the attachment, 400 with the reason.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, byte[] file) {
        Attachment attachment = attachments.attach(id, name, file);
        return Response.status(201).entity(AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("attachments")
    @Operation(summary = "The item's attachments")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return attachments.readableOf(id).stream().map(AttachmentView::of).toList();
    }

    @DELETE
    @Path("attachments/{attachment}")
    @Operation(summary = "Take an attachment off the item")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response remove(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        attachments.remove(attachment);
        return Response.noContent().build();
    }

    @GET
    @Path("comments")
    @Operation(summary = "The item's comments, oldest first")
    public List<CommentView> comments(@PathParam("id") long id) {
        return conversation.comments(id).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment (members); plain text, line breaks kept")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response comment(@PathParam("id") long id, CommentInput input) {
        Comment comment = conversation.comment(id, input == null ? null : input.text());
        return Response.status(201).entity(CommentView.of(comment)).build();
    }

    @PUT
    @Path("comments/{comment}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own comment")
    public CommentView edit(@PathParam("id") long id, @PathParam("comment") long comment, CommentInput input) {
        return CommentView.of(conversation.edit(comment, input == null ? null : input.text()));
    }

    @DELETE
    @Path("comments/{comment}")
    @Operation(summary = "Delete one's own comment (staff: any)")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response delete(@PathParam("id") long id, @PathParam("comment") long comment) {
        conversation.delete(comment);
        return Response.noContent().build();
    }

    @POST
    @Path("comments/{comment}/hide")
    @Operation(summary = "Hide a comment (staff)")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response hide(@PathParam("id") long id, @PathParam("comment") long comment) {
        conversation.moderate(comment, true);
        return Response.noContent().build();
    }

    @PUT
    @Path("like")
    @Operation(summary = "Like the item")
    public Likes like(@PathParam("id") long id) {
        return new Likes(conversation.like(id, true), true);
    }

    @DELETE
    @Path("like")
    @Operation(summary = "Take one's like back")
    public Likes unlike(@PathParam("id") long id) {
        return new Likes(conversation.like(id, false), false);
    }
}
