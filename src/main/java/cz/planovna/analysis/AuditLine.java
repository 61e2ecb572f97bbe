package cz.planovna.analysis;

import java.time.Instant;

/** A line of the findings' audit trail as the page shows it; {@code action} is a message key suffix. */
public record AuditLine(Instant at, String actor, String action, String label) {}
