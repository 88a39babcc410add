package th.nithet.content.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.files.Attachment;
import th.nithet.content.files.Attachments;
import th.nithet.content.Comment;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentNotFound;
import th.nithet.content.Conversation;
import th.nithet.content.RichText;
import th.nithet.content.views.ViewCounter;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.content.Visibility;
import th.nithet.content.views.Visitors;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;
import th.nithet.platform.web.PageCache;
import th.nithet.platform.web.PersonalParts;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.web.SessionSafe;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every content item's page does, whatever the type: load the item for the viewer (404, 403,
 * or the sign-in form for visitors when they may not see it), count the view, show attachments,
 * likes and comments, and take comments. A type's page bean (view scoped) says how to read its item.
 */
public abstract class ContentItemPage<T extends ContentItem> implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    // held by type, not injected: this bean is written to the session at every request (SessionSafe says why)
    private final SessionSafe<Viewers> viewers = SessionSafe.of(Viewers.class);
    private final SessionSafe<Conversation> conversation = SessionSafe.of(Conversation.class);
    protected final SessionSafe<Attachments> attachments = SessionSafe.of(Attachments.class);
    private final SessionSafe<ViewCounter> views = SessionSafe.of(ViewCounter.class);

    /** The form's field that carries the comment being edited. */
    private static final String EDITING = "editing";

    private Long id;
    // the page's view keeps these between its requests (Ajax actions check "rendered" before the view action runs)
    private transient T item;
    private transient Viewer viewer;
    private String commentText;
    private Long editingCommentId;
    /** Set when this request ended an edit: the comment in the post is no longer being edited. */
    private transient boolean editingEnded;
    private String editText;
    /** The comments and whether the viewer likes the item, read once per request (the like button asks three times). */
    private transient Conversation.Shown shown;
    private transient List<Attachment> files;

    /** The item for the caller, with the type's own read rules. */
    protected abstract T read(long id);

    /** The view action: loads the item or answers 404/403/sign-in; counts the first view of a page. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        boolean loaded = PageLoads.guard(() -> {
            if (id == null) {
                throw new ContentNotFound();
            }
            item = read(id);
            viewer = viewers.get().current();
            shown = null;
            files = null;
        });
        if (!loaded) {
            return;
        }
        if (!faces.isPostback() && item.isLive(Instant.now())) {
            count(views.get(), request, response, item.getId(), viewer);
            if (!viewer.isSignedIn() && item.getVisibility() == Visibility.PUBLIC) {
                // what everybody may read, rendered for nobody in particular: the same page for the next anonymous readers
                request.setAttribute(PageCache.CACHEABLE, Boolean.TRUE);
                request.setAttribute(PageCache.REPLAY, new CountedView(item.getId()));
            } else if (viewer.isSignedIn() && PersonalParts.mayShare(request) && sameForEveryReader()) {
                Set<Long> notFor = notFor();
                if (notFor != null) {
                    PersonalParts.share(request, new SharedReading(item.getId(), notFor));
                }
            }
        }
    }

    /** Counts a view of the item: a visitor by their cookie, a signed-in person by their account and school. */
    static void count(ViewCounter views, HttpServletRequest request, HttpServletResponse response, long contentId, Viewer viewer) {
        Long account = viewer.isSignedIn() ? viewer.account().getId() : null;
        Long school = viewer.isSignedIn() && viewer.account().getSchool() != null ? viewer.account().getSchool().getId() : null;
        Visitors.of(request, response, account).ifPresent(visitor -> views.count(contentId, visitor, account, school));
    }

    /**
     * Whether the page a type shows a signed-in reader is the same for everyone with their roles but for its
     * {@link PersonalParts} (the header's, the like button's), so that it may be kept for all of them
     * ({@code platform.web.SignedInPageFilter}). A type whose page has more of its own for each reader (votes, follows,
     * ratings) says no.
     */
    protected boolean sameForEveryReader() {
        return false;
    }

    /**
     * The readers this page as rendered now is not right for, or null when it is this reader's own. What a reader may
     * read, edit and moderate follows from their roles (the copy is kept per set of roles), except what is theirs: an
     * item open to them in person, an item they wrote (its author edits it), a comment of theirs (its edit and delete
     * links).
     */
    private Set<Long> notFor() {
        if (!viewer.mayRead(item.getVisibility())) {
            return null;
        }
        Set<Long> notFor = new HashSet<>();
        notFor.add(item.getAuthor().getId());
        getComments().forEach(c -> notFor.add(c.getAuthor().getId()));
        return notFor.contains(viewer.account().getId()) ? null : Set.copyOf(notFor);
    }

    /** Counts the view of each anonymous reader served a kept copy of the page, as {@link #load} does. */
    record CountedView(long contentId) implements PageCache.Replay {
        @Override
        public void replay(HttpServletRequest request, HttpServletResponse response) {
            Visitors.of(request, response, null).ifPresent(visitor ->
                    SessionSafe.of(ViewCounter.class).get().count(contentId, visitor, null, null));
        }
    }

    public void postComment() {
        try {
            conversation.get().comment(item().getId(), commentText);
            commentText = null;
            conversationChanged();
            Feedback.info("comment.posted");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void editComment(Comment comment) {
        editingCommentId = comment.getId();
        editText = RichText.text(comment.getBodyHtml());
    }

    public void saveComment() {
        try {
            conversation.get().edit(getEditingCommentId(), editText);
            editingCommentId = null;
            editingEnded = true;
            editText = null;
            shown = null;
            Feedback.info("comment.saved");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void cancelEdit() {
        editingCommentId = null;
        editingEnded = true;
        editText = null;
    }

    public boolean isEditing(Comment comment) {
        return comment.getId().equals(getEditingCommentId());
    }

    /**
     * The comment being edited. The form carries it too: a kept page is stateless, so at the save its
     * bean is a new one, which finds the comment in the post (the save itself checks that it is the caller's).
     */
    public Long getEditingCommentId() {
        if (editingCommentId == null && !editingEnded) {
            String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(EDITING);
            editingCommentId = sent != null && sent.matches("[0-9]{1,18}") ? Long.valueOf(sent) : null;
        }
        return editingCommentId;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public void deleteComment(long commentId) {
        conversation.get().delete(commentId);
        conversationChanged();
        Feedback.info("comment.removed");
    }

    public void hideComment(long commentId) {
        conversation.get().moderate(commentId, true);
        conversationChanged();
    }

    public void showComment(long commentId) {
        conversation.get().moderate(commentId, false);
        conversationChanged();
    }

    /**
     * After a like, or a comment that came, went, was hidden or shown: the comments and the like are read again, and the
     * item with its counts (the heading's, the like button's).
     */
    private void conversationChanged() {
        shown = null;
        refreshItem();
    }

    public void toggleLike() {
        conversation.get().like(item().getId(), !isLiked());
        conversationChanged();
    }

    public boolean isLiked() {
        return shown().liked();
    }

    /** The like button's word: "like", or "liked" when the reader likes the item (a personal part of the page). */
    public String getLikeWord() {
        return PersonalParts.of(SharedReading.LIKE, () -> SharedReading.likeWord(isLiked(), Languages.fromRequest(request())));
    }

    /** The like button's look: filled when the reader likes the item (a personal part of the page). */
    public String getLikeStyle() {
        return PersonalParts.of(SharedReading.LIKE_STYLE, () -> SharedReading.likeStyle(isLiked()));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isMine(Comment comment) {
        return viewer().isSignedIn() && comment.getAuthor().getId().equals(viewer().account().getId());
    }

    public boolean isStaff() {
        return viewer().isStaff();
    }

    public boolean isSignedIn() {
        return viewer().isSignedIn();
    }

    public boolean isEditable() {
        return item().mayBeEditedBy(viewer());
    }

    public boolean isLive() {
        return item().isLive(Instant.now());
    }

    public List<Comment> getComments() {
        return shown().comments();
    }

    private Conversation.Shown shown() {
        if (shown == null) {
            shown = conversation.get().shown(item());
        }
        return shown;
    }

    public List<Attachment> getFiles() {
        if (files == null) {
            files = attachments.get().of(item().getId());
        }
        return files;
    }

    /** Attachments that are not pictures: the download list. */
    public List<Attachment> getDocuments() {
        return getFiles().stream().filter(a -> !a.getFile().isImage()).toList();
    }

    public List<Attachment> getPictures() {
        return getFiles().stream().filter(a -> a.getFile().isImage()).toList();
    }

    /** Reads the item again (after an action on the page changed it). */
    protected void refreshItem() {
        item = null;
        item();
    }

    protected Viewer getViewer() {
        return viewer();
    }

    public T getItem() {
        return item();
    }

    /**
     * The item, read again when this bean has lost it: a session that moved to another instance of
     * the cluster brings its page beans without what they read (entities are not serialised), and a
     * view dropped from a session busy with many parallel pages is rebuilt with the request's id.
     */
    protected T item() {
        if (item == null) {
            if (id == null) {
                id = idFromRequest();
            }
            if (id == null) {
                throw new ContentNotFound();
            }
            item = read(id);
        }
        return item;
    }

    protected Viewer viewer() {
        if (viewer == null) {
            viewer = viewers.get().current();
        }
        return viewer;
    }

    private static Long idFromRequest() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }
}
