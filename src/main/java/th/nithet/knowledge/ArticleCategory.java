package th.nithet.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.platform.db.Timestamped;

import java.util.ArrayList;
import java.util.List;

/** A folder of the knowledge bank (หมวดหมู่ขุมความรู้); categories nest. */
@Entity
@Table(name = "article_category")
public class ArticleCategory extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ArticleCategory parent;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private int version;

    protected ArticleCategory() {
    }

    ArticleCategory(ArticleCategory parent, String name, int sortOrder) {
        this.parent = parent;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    /**
     * The categories as a tree read from the top: each parent followed by its children, siblings in the
     * order given ({@code all} comes sorted). Ten levels at most, so a loop in the data cannot hang a page.
     */
    static List<ArticleCategory> inReadingOrder(List<ArticleCategory> all) {
        List<ArticleCategory> ordered = new ArrayList<>();
        addChildren(null, all, ordered, 0);
        return ordered;
    }

    private static void addChildren(ArticleCategory parent, List<ArticleCategory> all, List<ArticleCategory> out, int depth) {
        for (ArticleCategory c : all) {
            boolean child = parent == null ? c.getParent() == null : c.getParent() != null && c.getParent().getId().equals(parent.getId());
            if (child && depth < 10) {
                out.add(c);
                addChildren(c, all, out, depth + 1);
            }
        }
    }

    void rename(String name) {
        this.name = name;
    }

    /** How deep in the tree: 0 at the top. */
    public int getDepth() {
        return parent == null ? 0 : parent.getDepth() + 1;
    }

    public Long getId() {
        return id;
    }

    public ArticleCategory getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** "คู่มือและแนวทาง › การวัดผล": the path from the top. */
    public String getPath() {
        return parent == null ? name : parent.getPath() + " › " + name;
    }
}
