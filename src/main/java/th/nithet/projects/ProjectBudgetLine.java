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

/** A budget line (งบประมาณ): category, what it pays for, amount in baht. */
@Entity
@Table(name = "project_budget_line")
public class ProjectBudgetLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private BudgetCategory category;
    @Column(nullable = false, length = 300)
    private String description;
    @Column(nullable = false, precision = 14, scale = 2)
    private Baht amount;

    protected ProjectBudgetLine() {
    }

    ProjectBudgetLine(Project project, BudgetCategory category, String description, Baht amount) {
        this.project = project;
        this.category = category;
        this.description = description;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Baht getAmount() {
        return amount;
    }
}
