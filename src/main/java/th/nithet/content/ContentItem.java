package th.nithet.content;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.organisation.LearningArea;
import th.nithet.people.Account;
import th.nithet.platform.db.Timestamped;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every piece of content has: title, sanitised body (and its plain words, for search and
 * snippets), author, visibility, status and publication time, learning areas, tags, and the counts
 * pages show. Each type (news, knowledge article, …) is a subclass with a table of its own.
 */
@Entity
@Table(name = "content_item")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "type", length = 20)
public abstract class ContentItem extends Timestamped {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility = Visibility.PUBLIC;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContentStatus status = ContentStatus.DRAFT;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "like_count", nullable = false)
    private int likeCount;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "content_learning_area", joinColumns = @JoinColumn(name = "content_id"),
            inverseJoinColumns = @JoinColumn(name = "learning_area_id"))
    private Set<LearningArea> learningAreas = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "content_tag", joinColumns = @JoinColumn(name = "content_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    @Version
    private int version;

    protected ContentItem() {
    }

    protected ContentItem(Account author) {
        this.author = author;
    }

    public abstract ContentType type();

    /** Whether {@code viewer} may change this item (and its attachments): each type has its own rule. */
    public abstract boolean mayBeEditedBy(Viewer viewer);

    /** Title, body and classification from a checked draft. */
    protected void write(String title, String bodyHtml, Visibility visibility, Set<LearningArea> areas, Set<Tag> tags) {
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.bodyText = RichText.text(bodyHtml);
        this.visibility = visibility;
        this.learningAreas = new HashSet<>(areas);
        this.tags = new HashSet<>(tags);
    }

    /** Published from {@code at} on (now, or later: scheduled). */
    public void publish(Instant at) {
        status = ContentStatus.PUBLISHED;
        publishAt = at;
    }

    public void unpublish() {
        status = ContentStatus.UNPUBLISHED;
    }

    /** The words search should find this item by: its body, and what a type adds (a question: its answers). */
    public String getSearchText() {
        return bodyText;
    }

    /**
     * People this item lets in beyond its visibility: a supervision thread is staff-only, and open to
     * its participants and their school's director too. None by default.
     */
    public boolean isOpenTo(Viewer viewer) {
        return false;
    }

    /** Whom {@link #isOpenTo} lets in, as search keys ({@code SearchDocument.reader}, {@code headsOf}): none by default. */
    public List<String> searchReaders() {
        return List.of();
    }

    /** Whether the author may like (vote up) their own item: a question's asker may not. */
    public boolean mayBeLikedByAuthor() {
        return true;
    }

    /** The category as search and lists show it (news: its kind; knowledge: the category path); null for none. */
    public String getCategoryLabel() {
        return null;
    }

    /** Readers see it: published, and its time has come. */
    public boolean isLive(Instant now) {
        return status == ContentStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    public boolean isScheduled(Instant now) {
        return status == ContentStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
    }

    public String path() {
        return type().pathOf(id);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public Account getAuthor() {
        return author;
    }

    /** The first words of the body, for lists. */
    public String getSummary() {
        String text = bodyText == null ? "" : bodyText.replace('\n', ' ');
        return text.length() <= 180 ? text : text.substring(0, 180).replaceAll("\\s+\\S*$", "") + "…";
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public int getLikeCount() {
        return likeCount;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public Set<LearningArea> getLearningAreas() {
        return Set.copyOf(learningAreas);
    }

    public List<LearningArea> getLearningAreasInOrder() {
        return learningAreas.stream().sorted(Comparator.comparingInt(LearningArea::getSortOrder)).toList();
    }

    public Set<Tag> getTags() {
        return Set.copyOf(tags);
    }

    /** Tag names in Thai dictionary order is the database's business; here: by name as Java sorts it. */
    public List<String> getTagNames() {
        return tags.stream().map(Tag::getName).sorted().toList();
    }
}
