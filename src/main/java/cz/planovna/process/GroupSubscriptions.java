package cz.planovna.process;

import cz.planovna.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to open working groups from the subscriber's side: subscribe, confirm (double
 * opt-in), unsubscribe, all without an account. Answers never tell whether an address was already
 * subscribed; the controller shows the same page in every case.
 *
 * <p>{@link #confirmedSubscribers} is what meeting invitations are sent to.
 */
@Service
@Transactional
class GroupSubscriptions {

    /** Recipient of an invitation with the link that ends the subscription. */
    record Subscriber(String email, String unsubscribeUrl) {}

    /** Version of the consent text the subscriber agreed to (process.subscription.consent). */
    static final String CONSENT_VERSION = "2026-11";

    private final GroupSubscriptionRepository subscriptions;
    private final PlanningGroupRepository groups;
    private final SubscriptionAuditRepository audit;
    private final SubscriptionLinks links;
    private final SubscriptionMails mails;
    private final OrpAccess access;
    private final Clock clock;

    GroupSubscriptions(
            GroupSubscriptionRepository subscriptions,
            PlanningGroupRepository groups,
            SubscriptionAuditRepository audit,
            SubscriptionLinks links,
            SubscriptionMails mails,
            OrpAccess access,
            ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.groups = groups;
        this.audit = audit;
        this.links = links;
        this.mails = mails;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Confirmed subscribers of a group, each with their own unsubscribe link (absolute URL). */
    @Transactional(readOnly = true)
    List<Subscriber> confirmedSubscribers(long groupId) {
        return subscriptions.findByGroupIdAndStateOrderByEmailAsc(groupId, SubscriptionState.CONFIRMED).stream()
                .map(s -> new Subscriber(s.email(), links.unsubscribeUrl(unsubscribeToken(s))))
                .toList();
    }

    /** The public subscription page of a group; 404 unless the group exists and is open. */
    @Transactional(readOnly = true)
    SubscriptionGroup openGroup(int districtCode, long groupId) {
        OrpInfo orp = access.info(districtCode);
        return groups.findByIdAndDistrictCode(groupId, districtCode)
                .filter(PlanningGroup::openForSubscription)
                .orElseThrow(() -> new NotFoundException("open group " + groupId))
                .toSubscriptionGroup(orp);
    }

    /**
     * Starts a subscription, or sends the confirmation again when it is still pending and the last
     * one went out more than ten minutes ago. A confirmed address gets nothing: the answer is the
     * same either way, so nobody learns who subscribes.
     */
    void subscribe(int districtCode, long groupId, String email) {
        OrpInfo orp = access.info(districtCode);
        PlanningGroup group = subscriptions
                .lockGroup(groupId, districtCode)
                .filter(PlanningGroup::openForSubscription)
                .orElseThrow(() -> new NotFoundException("open group " + groupId));
        Instant now = now();
        // there is no scheduler: expired unconfirmed addresses are purged whenever someone subscribes
        subscriptions.deleteByStateAndLastSentAtBefore(
                SubscriptionState.PENDING, now.minus(GroupSubscription.CONFIRM_VALIDITY));
        String address = GroupSubscription.normalize(email);
        Optional<GroupSubscription> existing = subscriptions.findByGroupIdAndEmail(groupId, address);
        if (existing.isPresent() && !existing.get().mayResend(now)) {
            return;
        }
        String confirmToken = links.newConfirmToken();
        GroupSubscription subscription = existing.orElse(null);
        if (subscription == null) {
            String unsubscribe = links.unsubscribeToken(groupId, address, now);
            subscription = subscriptions.save(new GroupSubscription(
                    group,
                    address,
                    CONSENT_VERSION,
                    SubscriptionLinks.hash(confirmToken),
                    SubscriptionLinks.hash(unsubscribe),
                    now));
        } else {
            subscription.resend(CONSENT_VERSION, SubscriptionLinks.hash(confirmToken), now);
        }
        mails.sendConfirmation(
                address,
                group.toSubscriptionGroup(orp),
                links.confirmUrl(confirmToken),
                links.unsubscribeUrl(unsubscribeToken(subscription)),
                now.plus(GroupSubscription.CONFIRM_VALIDITY));
    }

    /** The group a valid confirmation link is for; empty when the link is unknown, used or expired. */
    @Transactional(readOnly = true)
    Optional<SubscriptionGroup> confirmation(String token) {
        return byConfirmToken(token).map(this::groupOf);
    }

    /** Confirms; empty when the link no longer works (a second click included). */
    Optional<SubscriptionGroup> confirm(String token) {
        Optional<GroupSubscription> found = byConfirmToken(token);
        found.ifPresent(s -> s.confirm(now()));
        return found.map(this::groupOf);
    }

    /** The group an unsubscribe link is for; empty when there is no such subscription (any more). */
    @Transactional(readOnly = true)
    Optional<SubscriptionGroup> unsubscription(String token) {
        return byUnsubscribeToken(token).map(this::groupOf);
    }

    /** Deletes the subscription; the link works once. */
    Optional<SubscriptionGroup> unsubscribe(String token) {
        Optional<GroupSubscription> found = byUnsubscribeToken(token);
        found.ifPresent(s -> {
            audit.save(new SubscriptionAudit(
                    s.districtCode(),
                    s.regionCode(),
                    s.groupId(),
                    SubscriptionAudit.Action.UNSUBSCRIBED,
                    null,
                    null,
                    s.email(),
                    1,
                    now()));
            subscriptions.delete(s);
        });
        return found.map(this::groupOf);
    }

    private Optional<GroupSubscription> byConfirmToken(String token) {
        if (!SubscriptionLinks.plausible(token)) {
            return Optional.empty();
        }
        Instant now = now();
        return subscriptions
                .findByConfirmTokenHash(SubscriptionLinks.hash(token))
                .filter(s -> s.confirmable(now))
                .filter(s -> groups.findById(s.groupId())
                        .map(PlanningGroup::openForSubscription)
                        .orElse(false));
    }

    private Optional<GroupSubscription> byUnsubscribeToken(String token) {
        if (!SubscriptionLinks.plausible(token)) {
            return Optional.empty();
        }
        return subscriptions.findByUnsubscribeTokenHash(SubscriptionLinks.hash(token));
    }

    private SubscriptionGroup groupOf(GroupSubscription s) {
        PlanningGroup group = groups.findById(s.groupId()).orElseThrow();
        return group.toSubscriptionGroup(access.info(s.districtCode()));
    }

    private String unsubscribeToken(GroupSubscription s) {
        return links.unsubscribeToken(s.groupId(), s.email(), s.createdAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
