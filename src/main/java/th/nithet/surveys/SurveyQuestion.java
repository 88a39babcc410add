package th.nithet.surveys;

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

import java.util.Arrays;
import java.util.List;

/** One question of a form: its order, kind, text, the choices (for a choice question) and whether it must be answered. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuestionKind kind;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    /** One choice per line. */
    @Column(columnDefinition = "TEXT")
    private String choices;

    @Column(nullable = false)
    private boolean required;

    protected SurveyQuestion() {
    }

    SurveyQuestion(Survey survey, int position, QuestionKind kind, String text, List<String> choices, boolean required) {
        this.survey = survey;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.choices = choices == null || choices.isEmpty() ? null : String.join("\n", choices);
        this.required = required;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public List<String> getChoices() {
        return choices == null ? List.of() : Arrays.stream(choices.split("\n")).filter(c -> !c.isBlank()).toList();
    }

    public boolean isRequired() {
        return required;
    }
}
