package th.nithet.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import th.nithet.organisation.School;
import th.nithet.people.Account;
import th.nithet.platform.time.FiscalYear;

import java.time.Instant;
import java.time.YearMonth;

/** One line of a supervisor's yearly plan (แผนการนิเทศ): a school and a topic in a month of a fiscal year. */
@Entity
@Table(name = "planned_supervision")
public class PlannedSupervision {

    public static final int MAX_TOPIC = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "supervisor_id")
    private Account supervisor;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private int month;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = MAX_TOPIC)
    private String topic;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlannedSupervision() {
    }

    PlannedSupervision(Account supervisor, int fiscalYear, int month, School school, String topic, Instant at) {
        this.supervisor = supervisor;
        this.fiscalYear = fiscalYear;
        this.month = month;
        this.school = school;
        this.topic = topic;
        this.createdAt = at;
    }

    /** The calendar month it stands for: October to December fall in the year before the fiscal year ends. */
    public YearMonth getYearMonth() {
        return yearMonth(fiscalYear, month);
    }

    static YearMonth yearMonth(int fiscalYear, int month) {
        int endYear = new FiscalYear(fiscalYear).lastDay().getYear();
        return YearMonth.of(month >= 10 ? endYear - 1 : endYear, month);
    }

    public Long getId() {
        return id;
    }

    public Account getSupervisor() {
        return supervisor;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getMonth() {
        return month;
    }

    public School getSchool() {
        return school;
    }

    public String getTopic() {
        return topic;
    }
}
