package th.nithet.content.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.event.FileUploadEvent;
import th.nithet.content.files.Attachment;
import th.nithet.content.files.Attachments;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentDraft;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentNotFound;
import th.nithet.content.ContentWriter;
import th.nithet.content.Visibility;
import th.nithet.content.api.ContentApi;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What every content editor page does: load the item for editing (or start a new one, for those
 * who may write), keep the shared fields (title, body, visibility, learning areas, tags), save,
 * and — once the item exists — take attachments. A type's bean adds its own fields and saving.
 */
public abstract class ContentEditPage<T extends ContentItem> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attachments attachments;

    @Inject
    OrganisationService organisation;

    @Inject
    ContentWriter writer;

    private Long id;
    private String title;
    private String body;
    private Visibility visibility = Visibility.PUBLIC;
    private List<String> learningAreas = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private boolean loaded;

    /** The item to edit, with the type's edit rules (404/403 otherwise). */
    protected abstract T editable(long id);

    /** Whether the caller may write a new item of this type. */
    protected abstract boolean mayWrite();

    /** Fills the type's own fields from the item. */
    protected abstract void fill(T item);

    /** The view action: the item's fields, or an empty form; 403, 404 or the sign-in form when not allowed. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            if (id == null) {
                if (!mayWrite()) {
                    throw new ContentAccessDenied(((HttpServletRequest) external.getRequest()).getUserPrincipal() == null);
                }
            } else {
                T item = editable(id);
                title = item.getTitle();
                body = item.getBodyHtml();
                visibility = item.getVisibility();
                learningAreas = new ArrayList<>(ContentApi.learningAreaCodes(item));
                tags = new ArrayList<>(item.getTagNames());
                fill(item);
            }
            loaded = true;
        } catch (ContentNotFound e) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        } catch (ContentAccessDenied e) {
            if (e.signInWouldHelp()) {
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                String here = request.getAttribute("jakarta.servlet.forward.request_uri") instanceof String uri
                        ? uri.substring(request.getContextPath().length()) : "/";
                external.redirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
            } else {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
                faces.responseComplete();
            }
        }
    }

    /** The shared fields as a draft for the service. */
    protected ContentDraft draft() {
        return new ContentDraft(title, body, visibility, new HashSet<>(learningAreas), tags);
    }

    /**
     * Runs a save; shows each field's problem or the service's refusal. Answers whether it worked.
     * {@code save} answers the saved item's id.
     */
    protected boolean saving(java.util.function.Supplier<Long> save, String doneKey) {
        return PageActions.attempt(() -> id = save.get(), doneKey);
    }

    public void upload(FileUploadEvent event) {
        if (id == null) {
            Feedback.error("content.saveBeforeAttaching");
            return;
        }
        try {
            Attachment attachment = attachments.attach(id, event.getFile().getFileName(), event.getFile().getContent());
            Feedback.info("content.attached", attachment.getFileName());
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void removeAttachment(long attachmentId) {
        attachments.remove(attachmentId);
        Feedback.info("content.attachmentRemoved");
    }

    public List<Attachment> getAttachments() {
        return id == null ? List.of() : attachments.of(id);
    }

    public List<String> suggestTags(String typed) {
        List<String> suggestions = new ArrayList<>();
        String clean = typed == null ? "" : typed.strip().replaceFirst("^#+", "");
        if (!clean.isEmpty()) {
            suggestions.add(clean);
        }
        writer.suggestTags(clean, 8).stream().filter(t -> !t.equals(clean)).forEach(suggestions::add);
        return suggestions;
    }

    public List<LearningArea> getLearningAreaChoices() {
        return organisation.learningAreas().stream().filter(LearningArea::isActive).toList();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<String> getLearningAreas() {
        return learningAreas;
    }

    public void setLearningAreas(List<String> learningAreas) {
        this.learningAreas = learningAreas == null ? new ArrayList<>() : new ArrayList<>(learningAreas);
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }
}
