package cz.planovna.identity;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail, always inside the transaction that made the change. */
@Component
class IdentityAudit {

    private final AuditRepository entries;
    private final UserAccountRepository users;

    IdentityAudit(AuditRepository entries, UserAccountRepository users) {
        this.entries = entries;
        this.users = users;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Long actorId, UserAccount subject, AuditAction action, Role role, String detail, Instant at) {
        UserAccount actor = actorId == null || actorId == 0 ? null : users.getReferenceById(actorId);
        entries.save(new AuditEntry(at, actor, subject.id(), action, role, detail));
    }

    void record(Long actorId, UserAccount subject, AuditAction action, Instant at) {
        record(actorId, subject, action, null, null, at);
    }
}
