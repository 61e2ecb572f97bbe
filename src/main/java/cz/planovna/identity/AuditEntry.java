package cz.planovna.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an account's audit trail. Written once, never changed. */
@Entity
@Table(name = "identity_audit")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** Null when the system acted, e.g. a lockout after failed sign-ins. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Column(name = "subject_id")
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** Language-neutral detail such as the territory of a role ("ORP Písek"). */
    private String detail;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, UserAccount actor, long subjectId, AuditAction action, Role role, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectId = subjectId;
        this.action = action;
        this.role = role;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    Instant occurredAt() {
        return occurredAt;
    }

    UserAccount actor() {
        return actor;
    }

    AuditAction action() {
        return action;
    }

    Role role() {
        return role;
    }

    String detail() {
        return detail;
    }
}
