package cz.planovna.identity;

import java.time.Instant;
import java.util.List;

/** The administration page of one user, with what the viewer may grant. */
record UserDetail(
        long id,
        String fullName,
        String email,
        UserStatus status,
        boolean enabled,
        Instant createdAt,
        long version,
        List<GrantView> grants,
        List<AuditView> audit,
        boolean mayChangeStatus,
        GrantOptions options) {}
