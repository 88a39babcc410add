package th.nithet.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** กลุ่มสาระการเรียนรู้: the eight core areas, early childhood and special education; editable. */
@Entity
@Table(name = "learning_area")
public class LearningArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_th", nullable = false, length = 200)
    private String nameTh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected LearningArea() {
    }

    LearningArea(String code, String nameTh, String nameEn, int sortOrder) {
        this.code = code;
        rename(nameTh, nameEn, sortOrder, true);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    void rename(String nameTh, String nameEn, int sortOrder, boolean active) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = active;
    }
}
