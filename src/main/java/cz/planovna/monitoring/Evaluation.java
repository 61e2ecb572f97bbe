package cz.planovna.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** An evaluation of a plan: kind and year, state, summary, conclusions per priority, process. */
@Entity
@Table(name = "evaluation")
class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "district_code")
    private int districtCode;

    @Enumerated(EnumType.STRING)
    private EvaluationKind kind;

    @Column(name = "eval_year")
    private Integer year;

    @Enumerated(EnumType.STRING)
    private EvaluationState state;

    private String summary;

    @Column(name = "process_strengths")
    private String strengths;

    @Column(name = "process_weaknesses")
    private String weaknesses;

    @Column(name = "process_satisfaction")
    private Integer satisfaction;

    @Column(name = "process_participants")
    private Integer participants;

    @Column(name = "process_recommendations")
    private String recommendations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_conclusion", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "priority_id")
    @Column(name = "conclusion")
    private Map<Long, String> conclusions = new HashMap<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    /** The participants' questionnaire (survey module) evaluating the process, if linked. */
    @Column(name = "survey_id")
    private Long surveyId;

    @Version
    private long version;

    protected Evaluation() {}

    Evaluation(int districtCode, long planId, EvaluationKind kind, Integer year, Instant now) {
        this.districtCode = districtCode;
        this.planId = planId;
        this.kind = kind;
        this.year = kind == EvaluationKind.YEARLY ? year : null;
        this.state = EvaluationState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    int districtCode() {
        return districtCode;
    }

    EvaluationKind kind() {
        return kind;
    }

    Integer year() {
        return year;
    }

    EvaluationState state() {
        return state;
    }

    long version() {
        return version;
    }

    String summary() {
        return summary;
    }

    /** Texts may change while the evaluation is a draft; conclusions without text are dropped. */
    void write(String summary, Map<Long, String> conclusions, ProcessEvaluation process, Instant now) {
        if (state != EvaluationState.DRAFT) {
            throw new IllegalStateException("evaluation " + id + " is final");
        }
        this.summary = trim(summary);
        this.conclusions.clear();
        conclusions.forEach((priority, text) -> {
            String t = trim(text);
            if (t != null) {
                this.conclusions.put(priority, t);
            }
        });
        this.strengths = trim(process.strengths());
        this.weaknesses = trim(process.weaknesses());
        this.satisfaction = process.satisfaction();
        this.participants = process.participants();
        this.recommendations = trim(process.recommendations());
        this.updatedAt = now;
    }

    Long surveyId() {
        return surveyId;
    }

    /** Links the participants' questionnaire (null = no questionnaire). */
    void linkSurvey(Long surveyId, Instant now) {
        this.surveyId = surveyId;
        this.updatedAt = now;
    }

    void moveTo(EvaluationState target, Instant now) {
        this.state = target;
        this.finalisedAt = target == EvaluationState.FINAL ? now : null;
        this.updatedAt = now;
    }

    EvaluationView toView() {
        return new EvaluationView(
                id,
                planId,
                districtCode,
                kind,
                year,
                state,
                summary,
                Map.copyOf(conclusions),
                new ProcessEvaluation(strengths, weaknesses, satisfaction, participants, recommendations),
                createdAt,
                updatedAt,
                finalisedAt,
                version);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
