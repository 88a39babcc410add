package th.nithet.projects;

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

import java.math.BigDecimal;

/** A target (เป้าหมาย): quantitative with a value and unit, or qualitative; and what was achieved. */
@Entity
@Table(name = "project_target")
public class ProjectTarget {
    public enum Kind { QUANTITATIVE, QUALITATIVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private Kind kind;
    @Column(nullable = false, length = 500)
    private String description;
    @Column(name = "target_value", precision = 14, scale = 2)
    private BigDecimal targetValue;
    @Column(length = 50)
    private String unit;
    @Column(name = "result_value", precision = 14, scale = 2)
    private BigDecimal resultValue;
    @Column(name = "result_text", columnDefinition = "TEXT")
    private String resultText;

    protected ProjectTarget() {
    }

    ProjectTarget(Project project, Kind kind, String description, BigDecimal targetValue, String unit) {
        this.project = project;
        this.kind = kind;
        this.description = description;
        this.targetValue = targetValue;
        this.unit = unit;
    }

    void result(BigDecimal value, String text) {
        this.resultValue = value;
        this.resultText = text;
    }

    /** Achieved as a percentage of the target (one decimal), for quantitative targets with both values. */
    public BigDecimal getPercent() {
        return targetValue == null || resultValue == null || targetValue.signum() == 0 ? null
                : resultValue.multiply(BigDecimal.valueOf(100)).divide(targetValue, 1, java.math.RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getResultValue() {
        return resultValue;
    }

    public String getResultText() {
        return resultText;
    }
}
