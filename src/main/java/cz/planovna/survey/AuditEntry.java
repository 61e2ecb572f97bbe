package cz.planovna.survey;

import java.time.Instant;

/** Who changed what in a survey, and when. */
public record AuditEntry(Instant at, String actor, String action) {}
