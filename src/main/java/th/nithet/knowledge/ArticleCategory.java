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
