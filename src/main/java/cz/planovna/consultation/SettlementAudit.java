package cz.planovna.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the settlement's audit trail: a comment settled, a settlement changed (with what it
 * was before), or the table published. Never changed once written.
 */
@Entity
@Table(name = "consultation_settlement_audit")
class SettlementAudit {

    enum Action {
        SETTLED,
        CHANGED,
        PUBLISHED;

        String messageKey() {
            return "consultation.settlement.audit." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private long consultationId;

    @Column(name = "comment_id")
    private Long commentId;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Enumerated(EnumType.STRING)
    private CommentOutcome outcome;

    private String reasoning;

    @Column(name = "changed_node_id")
    private Long changedNodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_outcome")
    private CommentOutcome previousOutcome;

    @Column(name = "previous_reasoning")
    private String previousReasoning;

    @Column(name = "acted_at")
    private Instant actedAt;

    @Column(name = "acted_by")
    private String actedBy;

    protected SettlementAudit() {}

    private SettlementAudit(long consultationId, Long commentId, Action action, String actedBy, Instant actedAt) {
        this.consultationId = consultationId;
        this.commentId = commentId;
        this.action = action;
        this.actedBy = actedBy == null || actedBy.length() <= 400 ? actedBy : actedBy.substring(0, 400);
        this.actedAt = actedAt;
    }

    static SettlementAudit settled(
            long consultationId,
            long commentId,
            CommentOutcome previousOutcome,
            String previousReasoning,
            CommentOutcome outcome,
            String reasoning,
            Long changedNodeId,
            String by,
            Instant at) {
        SettlementAudit a = new SettlementAudit(
                consultationId, commentId, previousOutcome == null ? Action.SETTLED : Action.CHANGED, by, at);
        a.outcome = outcome;
        a.reasoning = reasoning;
        a.changedNodeId = changedNodeId;
        a.previousOutcome = previousOutcome;
        a.previousReasoning = previousReasoning;
        return a;
    }

    static SettlementAudit published(long consultationId, String by, Instant at) {
        return new SettlementAudit(consultationId, null, Action.PUBLISHED, by, at);
    }

    Long commentId() {
        return commentId;
    }

    Action action() {
        return action;
    }

    CommentOutcome outcome() {
        return outcome;
    }

    String reasoning() {
        return reasoning;
    }

    CommentOutcome previousOutcome() {
        return previousOutcome;
    }

    String previousReasoning() {
        return previousReasoning;
    }

    Instant actedAt() {
        return actedAt;
    }

    String actedBy() {
        return actedBy;
    }
}

interface SettlementAuditRepository
        extends org.springframework.data.jpa.repository.JpaRepository<SettlementAudit, Long> {

    java.util.List<SettlementAudit> findByConsultationIdOrderByActedAtDescIdDesc(long consultationId);
}
