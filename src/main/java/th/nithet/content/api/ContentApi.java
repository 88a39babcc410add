package th.nithet.content.api;

import jakarta.ws.rs.core.UriInfo;
import th.nithet.content.ContentDraft;
import th.nithet.content.ContentItem;
import th.nithet.content.Visibility;
import th.nithet.organisation.LearningArea;
import th.nithet.platform.rules.InvalidFields;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** What the content resources of every type share: the page URL of an item, the author, parsing of visibility. */
public final class ContentApi {

    private ContentApi() {
    }

    /** The author as the API shows them. */
    public record Author(String username, String displayName) {
        public static Author of(ContentItem item) {
            return new Author(item.getAuthor().getUsername(), item.getAuthor().getDisplayName());
        }
    }

    /** The item's page as an absolute URL: the API lives at /api/v1/, pages at the root. */
    public static String url(UriInfo uri, ContentItem item) {
        URI base = uri.getBaseUri();
        return base.resolve("../../" + item.path().substring(1)).toString();
    }

    public static List<String> learningAreaCodes(ContentItem item) {
        return item.getLearningAreasInOrder().stream().map(LearningArea::getCode).toList();
    }

    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The draft a script's input means. A new item takes the input as it is; on a change
     * ({@code current} not null) whatever the input leaves out keeps the item's value.
     */
    public static ContentDraft draft(String title, String body, List<String> tags, List<String> learningAreas,
                                     String visibility, ContentItem current) {
        boolean update = current != null;
        return new ContentDraft(
                title != null || !update ? title : current.getTitle(),
                body != null || !update ? body : current.getBodyHtml(),
                visibility != null || !update ? visibility(visibility) : current.getVisibility(),
                learningAreas != null ? java.util.Set.copyOf(learningAreas)
                        : update ? java.util.Set.copyOf(learningAreaCodes(current)) : java.util.Set.of(),
                tags != null ? tags : update ? current.getTagNames() : List.of());
    }

    /** "public" | "members" | "staff" (any case), null for none; anything else is a field problem. */
    public static Visibility visibility(String value) {
        return th.nithet.platform.api.ApiValues.oneOf(Visibility.class, value, "visibility", "content.badVisibility");
    }

    /** "draft" | "published"; null means published. */
    public static boolean publish(String status) {
        if (status == null || status.isBlank() || status.strip().equalsIgnoreCase("published")) {
            return true;
        }
        if (status.strip().equalsIgnoreCase("draft")) {
            return false;
        }
        InvalidFields.collect().check(false, "status", "content.badStatus", status).throwIfAny();
        return false;
    }
}
