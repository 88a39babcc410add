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
import th.nithet.people.Position;


/** Training tracking (การพัฒนาบุคลากร): for one position, how many were targeted, developed and passed. */
@Entity
@Table(name = "project_training")
public class ProjectTraining {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Position position;
    @Column(nullable = false)
    private int targeted;
    @Column(nullable = false)
    private int developed;
    @Column(nullable = false)
    private int passed;

    protected ProjectTraining() {
    }

    ProjectTraining(Project project, Position position, int targeted, int developed, int passed) {
        this.project = project;
        this.position = position;
        this.targeted = targeted;
        this.developed = developed;
        this.passed = passed;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Position getPosition() {
        return position;
    }

    public int getTargeted() {
        return targeted;
    }

    public int getDeveloped() {
        return developed;
    }

    public int getPassed() {
        return passed;
    }
}
