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
import jakarta.persistence.Version;
import th.nithet.people.Account;
import th.nithet.platform.db.Timestamped;
import th.nithet.statistics.Percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An indicator (ตัวชี้วัด) of a fiscal year: what it measures, its target, and how its quality level
 * (ระดับคุณภาพ 1–4) is decided. Its value is computed live from the statistics (or entered by hand);
 * {@link #evaluate} turns a value into the achievement and the level.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends Timestamped {

    public static final int MAX_NAME = 300;

    /** A value, how far it reaches (a percentage: the value itself, or of the target), and its level. */
    public record Evaluation(BigDecimal value, BigDecimal achievement, Integer level) {
    }

    /** The definition as an administrator writes it. */
    public record Definition(int fiscalYear, String name, String description, Measure measure, BigDecimal target, String unit,
                             QualityMethod method, PercentBands bands, List<String> rubric) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Measure measure;

    private BigDecimal target;

    @Column(length = 50)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QualityMethod method;

    @Column(nullable = false)
    private BigDecimal band2 = PercentBands.DEFAULT.level2();
    @Column(nullable = false)
    private BigDecimal band3 = PercentBands.DEFAULT.level3();
    @Column(nullable = false)
    private BigDecimal band4 = PercentBands.DEFAULT.level4();

    @Column(columnDefinition = "TEXT")
    private String rubric1;
    @Column(columnDefinition = "TEXT")
    private String rubric2;
    @Column(columnDefinition = "TEXT")
    private String rubric3;
    @Column(columnDefinition = "TEXT")
    private String rubric4;

    @Column(name = "manual_value")
    private BigDecimal manualValue;

    @Column(name = "manual_level")
    private Integer manualLevel;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @Version
    private int version;

    protected Indicator() {
    }

    Indicator(Account owner) {
        this.owner = owner;
    }

    void define(Definition d) {
        fiscalYear = d.fiscalYear();
        name = d.name();
        description = d.description();
        measure = d.measure();
        target = d.target();
        unit = d.unit();
        method = d.method();
        band2 = d.bands().level2();
        band3 = d.bands().level3();
        band4 = d.bands().level4();
        List<String> r = d.rubric() == null ? List.of() : d.rubric();
        rubric1 = r.size() > 0 ? r.get(0) : null;
        rubric2 = r.size() > 1 ? r.get(1) : null;
        rubric3 = r.size() > 2 ? r.get(2) : null;
        rubric4 = r.size() > 3 ? r.get(3) : null;
    }

    /** What staff record by hand: the value of a hand-entered measure, the level of a rubric. */
    void record(BigDecimal value, Integer level) {
        if (measure == Measure.MANUAL) {
            manualValue = value;
        }
        if (method == QualityMethod.RUBRIC) {
            manualLevel = level;
        }
    }

    /**
     * The achievement and level of {@code value}: a percentage measure (or a count without a target)
     * is its own achievement, a count is a percentage of the target; bands decide the level, or the
     * level staff chose against the rubric.
     */
    public Evaluation evaluate(BigDecimal value) {
        BigDecimal achievement = value == null ? null
                : measure.isPercent() || target == null ? value : Percent.of(value, target);
        Integer level = method == QualityMethod.BANDS ? getBands().levelOf(achievement) : manualLevel;
        return new Evaluation(value, achievement, level);
    }

    public PercentBands getBands() {
        return new PercentBands(band2, band3, band4);
    }

    /** The four rubric texts (blank ones as ""). */
    public List<String> getRubric() {
        return new ArrayList<>(Arrays.asList(nz(rubric1), nz(rubric2), nz(rubric3), nz(rubric4)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Measure getMeasure() {
        return measure;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getUnit() {
        return unit;
    }

    public QualityMethod getMethod() {
        return method;
    }

    public BigDecimal getManualValue() {
        return manualValue;
    }

    public Integer getManualLevel() {
        return manualLevel;
    }

    public Account getOwner() {
        return owner;
    }
}
