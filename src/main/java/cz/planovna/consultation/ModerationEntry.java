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

/** One moderation step on a comment (audit trail): hidden with a reason, or shown again. Never changed. */
@Entity
@Table(name = "consultation_moderation")
class ModerationEntry {

    enum Kind {
        HIDDEN,
        SHOWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id")
    private long commentId;

    @Enumerated(EnumType.STRING)
    private Kind action;

    private String reason;

    @Column(name = "acted_at")
    private Instant actedAt;

    @Column(name = "acted_by")
    private String actedBy;

    protected ModerationEntry() {}

    ModerationEntry(long commentId, Kind action, String reason, Instant at, String by) {
        this.commentId = commentId;
        this.action = action;
        this.reason = reason;
        this.actedAt = at;
        this.actedBy = by.length() > 400 ? by.substring(0, 400) : by;
    }

    long commentId() {
        return commentId;
    }

    Kind action() {
        return action;
    }

    String reason() {
        return reason;
    }

    Instant actedAt() {
        return actedAt;
    }

    String actedBy() {
        return actedBy;
    }
}
