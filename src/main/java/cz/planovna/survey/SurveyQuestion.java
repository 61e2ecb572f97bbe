package cz.planovna.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** A question (or section heading) of a survey; options and matrix rows are kept one per line. */
@Entity
@Table(name = "survey_question")
class SurveyQuestion {

    static final int TEXT_MAX = 1000;
    static final int LIST_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id")
    private long surveyId;

    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String text;
    private String help;
    private boolean required;
    private String options;

    @Column(name = "matrix_rows")
    private String rows;

    @Column(name = "min_value")
    private Integer min;

    @Column(name = "max_value")
    private Integer max;

    @Column(name = "condition_question_id")
    private Long conditionQuestionId;

    @Column(name = "condition_choice")
    private Integer conditionChoice;

    @Version
    private long version;

    protected SurveyQuestion() {}

    SurveyQuestion(long surveyId, int position, QuestionSpec spec) {
        this.surveyId = surveyId;
        this.position = position;
        change(spec);
    }

    void change(QuestionSpec s) {
        this.kind = s.kind();
        this.text = s.text().strip();
        this.help = s.help() == null || s.help().isBlank() ? null : s.help().strip();
        this.required = s.kind().answerable() && s.required();
        this.options = s.kind().hasOptions() ? String.join("\n", s.options()) : null;
        this.rows = s.kind().hasRows() ? String.join("\n", s.rows()) : null;
        this.min = s.kind() == QuestionKind.NUMBER ? s.min() : null;
        this.max = s.kind() == QuestionKind.NUMBER ? s.max() : null;
        this.conditionQuestionId = s.conditionQuestionId();
        this.conditionChoice = s.conditionQuestionId() == null ? null : s.conditionChoice();
    }

    void moveTo(int position) {
        this.position = position;
    }

    Long id() {
        return id;
    }

    long surveyId() {
        return surveyId;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }

    String text() {
        return text;
    }

    QuestionDef toDef(int number) {
        return new QuestionDef(
                id,
                position,
                number,
                kind,
                text,
                help,
                required,
                lines(options),
                lines(rows),
                min,
                max,
                conditionQuestionId,
                conditionChoice,
                version);
    }

    static List<String> lines(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
