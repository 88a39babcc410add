package th.nithet.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An activity (กิจกรรม) with its planned and actual dates and who is responsible. */
@Entity
@Table(name = "project_activity")
public class ProjectActivity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;
    @Column(nullable = false, length = 300)
    private String name;
    @Column(name = "planned_start")
    private LocalDate plannedStart;
    @Column(name = "planned_end")
    private LocalDate plannedEnd;
    @Column(name = "actual_start")
    private LocalDate actualStart;
    @Column(name = "actual_end")
    private LocalDate actualEnd;
    @Column(length = 300)
    private String responsible;

    protected ProjectActivity() {
    }

    ProjectActivity(Project project, String name, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
             String responsible) {
        this.project = project;
        this.name = name;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.actualStart = actualStart;
        this.actualEnd = actualEnd;
        this.responsible = responsible;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public String getResponsible() {
        return responsible;
    }
}
