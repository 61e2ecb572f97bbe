package cz.planovna.process;

import java.time.Instant;

/** A line of the audit trail; {@code actorName} is null when the subscriber unsubscribed. */
public record SubscriptionAuditView(
        Instant happenedAt, String actionKey, String actorName, String emailMasked, int subscriptions) {}
