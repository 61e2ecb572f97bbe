package cz.planovna.strategy;

import cz.planovna.shared.web.FormRejectedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An action plan (akční plán) of one year of a medium-term plan; one per plan and year. */
@Entity
@Table(name = "strategy_action_plan")
class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "plan_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ActionPlanState state;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    private String resolution;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ActionPlan() {}

    ActionPlan(long planId, int year, Instant now) {
        this.planId = planId;
        this.year = year;
        this.state = ActionPlanState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void approve(String approvedBy, LocalDate approvedOn, String resolution, Instant now) {
        if (state != ActionPlanState.DRAFT) {
            throw new FormRejectedException(null, "strategy.action.validation.notDraft");
        }
        if (Texts.optional(approvedBy, 200) == null) {
            throw new FormRejectedException("approvedBy", "strategy.validation.approvedBy.required");
        }
        if (approvedOn == null) {
            throw new FormRejectedException("approvedOn", "strategy.validation.approvedOn.required");
        }
        if (Texts.optional(resolution, 100) == null) {
            throw new FormRejectedException("resolution", "strategy.validation.resolution.required");
        }
        this.approvedBy = approvedBy.strip();
        this.approvedOn = approvedOn;
        this.resolution = resolution.strip();
        this.state = ActionPlanState.APPROVED;
        this.updatedAt = now;
    }

    /** Back to a draft for changes; the approval is kept only in the change log. */
    void returnToDraft(Instant now) {
        if (state != ActionPlanState.APPROVED) {
            throw new FormRejectedException(null, "strategy.action.validation.notApproved");
        }
        this.state = ActionPlanState.DRAFT;
        this.approvedBy = null;
        this.approvedOn = null;
        this.resolution = null;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    int year() {
        return year;
    }

    ActionPlanState state() {
        return state;
    }

    long version() {
        return version;
    }

    ActionPlanSummary toSummary(StrategicPlan plan) {
        return new ActionPlanSummary(
                id,
                planId,
                plan.title(),
                plan.districtCode(),
                year,
                state,
                approvedBy,
                approvedOn,
                resolution,
                updatedAt,
                version);
    }
}
