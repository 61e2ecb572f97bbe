package cz.planovna.monitoring;

import java.time.Instant;

/** A line of an evaluation's history; {@code what} is a message key. */
public record EvaluationAuditView(Instant at, String actor, String what, String detail) {}
