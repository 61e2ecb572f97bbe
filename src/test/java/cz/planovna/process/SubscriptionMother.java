package cz.planovna.process;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Subscriptions with known links, created through the repository (the links never leave a mail otherwise). */
class SubscriptionMother {

    /** A stored subscription and the raw tokens of its links. */
    record Created(long id, String email, String confirmToken, String unsubscribeToken) {}

    private final GroupSubscriptionRepository subscriptions;
    private final PlanningGroupRepository groups;
    private final SubscriptionLinks links;
    private final TransactionTemplate tx;

    SubscriptionMother(
            GroupSubscriptionRepository subscriptions,
            PlanningGroupRepository groups,
            SubscriptionLinks links,
            TransactionTemplate tx) {
        this.subscriptions = subscriptions;
        this.groups = groups;
        this.links = links;
        this.tx = tx;
    }

    static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.cz";
    }

    Created pending(long groupId, String email) {
        return create(groupId, email, false);
    }

    Created confirmed(long groupId, String email) {
        return create(groupId, email, true);
    }

    long version(long subscriptionId) {
        return subscriptions.findById(subscriptionId).orElseThrow().version();
    }

    private Created create(long groupId, String email, boolean confirmed) {
        return tx.execute(status -> {
            PlanningGroup group = groups.findById(groupId).orElseThrow();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String confirm = links.newConfirmToken();
            String address = GroupSubscription.normalize(email);
            String unsubscribe = links.unsubscribeToken(groupId, address, now);
            GroupSubscription s = new GroupSubscription(
                    group,
                    address,
                    GroupSubscriptions.CONSENT_VERSION,
                    SubscriptionLinks.hash(confirm),
                    SubscriptionLinks.hash(unsubscribe),
                    now);
            if (confirmed) {
                s.confirm(now);
            }
            s = subscriptions.saveAndFlush(s);
            return new Created(s.id(), address, confirm, unsubscribe);
        });
    }
}
