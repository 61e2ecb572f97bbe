package cz.planovna.identity;

import java.time.Instant;

/** A line of the audit trail; {@code actorName} is null when the system acted. */
record AuditView(Instant occurredAt, String actorName, AuditAction action, Role role, String detail) {}
