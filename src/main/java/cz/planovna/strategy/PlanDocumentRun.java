package cz.planovna.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** One generation of a plan's document: who asked, for which version, progress and outcome. */
@Entity
@Table(name = "strategy_document")
class PlanDocumentRun {

    /** A run without news for this long was cut off (e.g. by a restart) and counts as failed. */
    static final Duration STALE = Duration.ofMinutes(15);

    enum State {
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "plan_version")
    private long planVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_state")
    private PlanState planState;

    @Enumerated(EnumType.STRING)
    private State state;

    private int progress;

    private String step;

    private String failure;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "page_count")
    private Integer pageCount;

    @Version
    private long version;

    protected PlanDocumentRun() {}

    PlanDocumentRun(PlanSummary plan, String requestedBy, Instant now) {
        this.planId = plan.id();
        this.districtCode = plan.districtCode();
        this.planVersion = plan.version();
        this.planState = plan.state();
        this.state = State.RUNNING;
        this.step = "queued";
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    Long id() {
        return id;
    }

    /** The plan's version and state the content is read from (the public sees only public ones). */
    void generatedFrom(PlanSummary plan) {
        this.planVersion = plan.version();
        this.planState = plan.state();
    }

    void progress(String step, int percent) {
        this.step = step;
        this.progress = percent;
    }

    void done(int pageCount, Instant now) {
        this.state = State.DONE;
        this.step = "done";
        this.progress = 100;
        this.pageCount = pageCount;
        this.finishedAt = now;
    }

    void failed(String reason, Instant now) {
        this.state = State.FAILED;
        this.failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        this.finishedAt = now;
    }

    PlanDocumentView toView(Instant now) {
        boolean stale = state == State.RUNNING && requestedAt.plus(STALE).isBefore(now);
        return new PlanDocumentView(
                id,
                planId,
                districtCode,
                planVersion,
                planState,
                stale ? State.FAILED.name() : state.name(),
                progress,
                step,
                requestedBy,
                requestedAt,
                finishedAt,
                pageCount);
    }
}
