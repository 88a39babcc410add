package th.nithet.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import th.nithet.people.Account;

import java.time.Instant;

/**
 * A piece of evidence (เอกสาร/หลักฐานอ้างอิง) of an indicator: an item of the portal (news, a
 * knowledge document, a practice, a supervision and its record), a form, a project, or an outside
 * address. The title and address are kept as they were when it was linked.
 */
@Entity
@Table(name = "indicator_evidence")
public class Evidence {

    public enum Kind {
        CONTENT, SURVEY, PROJECT, LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "ref_id")
    private Long refId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String url;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "added_by")
    private Account addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Evidence() {
    }

    Evidence(Indicator indicator, Kind kind, Long refId, String title, String url, Account addedBy, Instant addedAt) {
        this.indicator = indicator;
        this.kind = kind;
        this.refId = refId;
        this.title = title;
        this.url = url;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getRefId() {
        return refId;
    }

    public String getTitle() {
        return title;
    }

    /** An outside address, or this portal's path ({@code /supervisions/12}). */
    public String getUrl() {
        return url;
    }

    public Account getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
