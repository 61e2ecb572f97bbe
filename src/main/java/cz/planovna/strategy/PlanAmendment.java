package cz.planovna.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An amendment (aktualizace) of an adopted plan: opened with what is to change and why, which
 * allows edits, then closed with who approved it, when and by which resolution. Kept for ever.
 */
@Entity
@Table(name = "strategy_amendment")
class PlanAmendment {

    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    private int number;

    private String summary;

    private String reason;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    private String resolution;

    protected PlanAmendment() {}

    PlanAmendment(long planId, int number, String summary, String reason, String openedBy, Instant now) {
        this.planId = planId;
        this.number = number;
        this.summary = Texts.required(summary, TEXT_MAX);
        this.reason = Texts.required(reason, TEXT_MAX);
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    void close(String approvedBy, LocalDate approvedOn, String resolution) {
        this.approvedBy = Texts.required(approvedBy, 200);
        this.approvedOn = approvedOn;
        this.resolution = Texts.required(resolution, 100);
    }

    boolean open() {
        return approvedOn == null;
    }

    AmendmentView toView() {
        return new AmendmentView(number, summary, reason, openedAt, openedBy, approvedBy, approvedOn, resolution);
    }
}
