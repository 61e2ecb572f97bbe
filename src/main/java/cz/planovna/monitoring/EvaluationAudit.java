package cz.planovna.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an evaluation: who, when, what (a message key) and a short detail. */
@Entity
@Table(name = "evaluation_audit")
class EvaluationAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id")
    private long evaluationId;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "district_code")
    private int districtCode;

    private Instant at;

    private String actor;

    private String what;

    private String detail;

    protected EvaluationAudit() {}

    EvaluationAudit(Evaluation e, Instant at, String actor, String what, String detail) {
        this.evaluationId = e.id();
        this.planId = e.planId();
        this.districtCode = e.districtCode();
        this.at = at;
        this.actor = actor;
        this.what = what;
        this.detail = detail;
    }

    EvaluationAuditView toView() {
        return new EvaluationAuditView(at, actor, what, detail);
    }
}
