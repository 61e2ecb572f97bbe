package cz.planovna.consultation;

import java.time.Instant;

/** One moderation step for the coordinator's audit list. */
public record ModerationView(long commentId, int commentNumber, boolean hidden, String reason, Instant at, String by) {}
