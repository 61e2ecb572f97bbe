package cz.planovna.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an action plan's change log: who did what to which item, when. */
@Entity
@Table(name = "strategy_action_change")
class ActionPlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_plan_id")
    private long actionPlanId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String action;

    private String subject;

    protected ActionPlanChange() {}

    ActionPlanChange(long actionPlanId, Instant at, String by, String action, String subject) {
        this.actionPlanId = actionPlanId;
        this.changedAt = at;
        this.changedBy = by;
        this.action = action;
        this.subject = subject == null ? null : subject.length() > 400 ? subject.substring(0, 400) : subject;
    }

    ChangeView toView() {
        return new ChangeView(changedAt, changedBy, action, subject);
    }
}
