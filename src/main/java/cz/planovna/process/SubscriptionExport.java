package cz.planovna.process;

import java.time.Instant;
import java.util.List;

/** Everything Plánovna holds about one address in one ORP's groups (GDPR access request). */
public record SubscriptionExport(
        String email, int orpCode, String orpName, Instant exportedAt, List<Entry> subscriptions) {

    public record Entry(
            String group,
            String email,
            SubscriptionState state,
            Instant createdAt,
            Instant confirmedAt,
            String consentVersion,
            Instant consentAt) {}
}
