package th.nithet.content.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.ContentWriter;

import java.util.List;

/** {@code /api/v1/tags?q=…}: tag names for autocomplete, most used first. */
@ApplicationScoped
@Path("tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class TagResource {

    @Inject
    ContentWriter writer;

    @GET
    @Operation(summary = "Tags containing what was typed (?q=), those starting with it and the most used first")
    public List<String> suggest(@QueryParam("q") String typed) {
        return writer.suggestTags(typed, 10);
    }
}
