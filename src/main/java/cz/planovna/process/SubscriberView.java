package cz.planovna.process;

import java.time.Instant;

/** A subscriber of a group as the coordinator sees it (internal: includes the address). */
public record SubscriberView(
        long id, String email, SubscriptionState state, Instant createdAt, Instant confirmedAt, long version) {}
