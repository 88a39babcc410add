package th.nithet.knowledge;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.Viewer;
import th.nithet.people.Account;

/** An article of the knowledge bank (ขุมความรู้): a manual, guide, research summary or media page. */
@Entity
@Table(name = "article")
@DiscriminatorValue("ARTICLE")
@PrimaryKeyJoinColumn(name = "content_id")
public class Article extends ContentItem {

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_id")
    private ArticleCategory category;

    protected Article() {
    }

    Article(Account author) {
        super(author);
    }

    @Override
    public ContentType type() {
        return ContentType.ARTICLE;
    }

    /** Staff edit any article (the bank is shared work, and every version is kept); authors their own. */
    @Override
    public boolean mayBeEditedBy(Viewer viewer) {
        return viewer.isStaff() || viewer.isAuthorOf(this);
    }

    @Override
    public String getCategoryLabel() {
        return category == null ? null : category.getPath();
    }

    public ArticleCategory getCategory() {
        return category;
    }

    void setCategory(ArticleCategory category) {
        this.category = category;
    }
}
