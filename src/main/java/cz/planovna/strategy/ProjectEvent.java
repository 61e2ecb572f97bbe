package cz.planovna.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a project's history (audit trail). Written once, never changed. */
@Entity
@Table(name = "strategy_project_event")
class ProjectEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ProjectState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private ProjectState toState;

    private String note;

    protected ProjectEvent() {}

    ProjectEvent(Instant at, String by, String action, ProjectState from, ProjectState to, String note) {
        this.changedAt = at;
        this.changedBy = by.length() > 400 ? by.substring(0, 400) : by;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.note = note;
    }

    ProjectEventView toView() {
        return new ProjectEventView(changedAt, changedBy, action, fromState, toState, note);
    }
}
