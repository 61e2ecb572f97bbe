package cz.planovna.process;

import cz.planovna.identity.CurrentUser;
import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribers from the coordinator's side: the list of a group (VIEW_INTERNAL), removing one and the
 * GDPR requests of an address — export and erasure within the ORP (EDIT_PLANNING). Removals and
 * erasures are audited without the address in clear.
 */
@Service
@Transactional
class SubscriberAdministration {

    /** A group's subscribers for its internal sub-page. */
    record GroupSubscribers(
            OrpInfo orp, long groupId, String groupName, boolean open, List<SubscriberView> subscribers) {}

    /** What the ORP holds about one address, for the GDPR page. */
    record AddressSubscriptions(String email, List<SubscriptionExport.Entry> subscriptions) {}

    private final GroupSubscriptionRepository subscriptions;
    private final PlanningGroupRepository groups;
    private final SubscriptionAuditRepository audit;
    private final OrpAccess access;
    private final CurrentUsers users;
    private final Clock clock;

    SubscriberAdministration(
            GroupSubscriptionRepository subscriptions,
            PlanningGroupRepository groups,
            SubscriptionAuditRepository audit,
            OrpAccess access,
            CurrentUsers users,
            ObjectProvider<Clock> clock) {
        this.subscriptions = subscriptions;
        this.groups = groups;
        this.audit = audit;
        this.access = access;
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    GroupSubscribers subscribers(int districtCode, long groupId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        PlanningGroup group = group(districtCode, groupId);
        return new GroupSubscribers(
                access.info(districtCode),
                groupId,
                group.name(),
                group.openForSubscription(),
                subscriptions.findByGroupIdOrderByEmailAsc(groupId).stream()
                        .map(GroupSubscription::toView)
                        .toList());
    }

    /** One subscriber, for the page that asks whether to remove them. */
    @Transactional(readOnly = true)
    SubscriberView subscriber(int districtCode, long groupId, long subscriptionId) {
        access.check(districtCode, Action.EDIT_PLANNING);
        return find(districtCode, groupId, subscriptionId).toView();
    }

    void remove(int districtCode, long groupId, long subscriptionId, long version) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        GroupSubscription s = find(districtCode, groupId, subscriptionId);
        if (s.version() != version) {
            // e.g. confirmed meanwhile: show the state the coordinator saw against the one stored now
            throw new StaleEditException(
                    s.email(),
                    "process.subscription.stale",
                    s.state().messageKey(),
                    subscribersUrl(districtCode, groupId),
                    true);
        }
        record(orp, groupId, SubscriptionAudit.Action.REMOVED, s.email(), 1);
        subscriptions.delete(s);
    }

    /** The GDPR access request: every subscription of the address in the ORP's groups. */
    @Transactional(readOnly = true)
    AddressSubscriptions find(int districtCode, String email) {
        access.check(districtCode, Action.EDIT_PLANNING);
        String address = GroupSubscription.normalize(email);
        return new AddressSubscriptions(address, entries(districtCode, address));
    }

    @Transactional(readOnly = true)
    SubscriptionExport export(int districtCode, String email) {
        AddressSubscriptions found = find(districtCode, email);
        OrpInfo orp = access.info(districtCode);
        return new SubscriptionExport(found.email(), orp.code(), orp.name(), clock.instant(), found.subscriptions());
    }

    /** The GDPR erasure: deletes every subscription of the address in the ORP; returns how many. */
    int erase(int districtCode, String email) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        String address = GroupSubscription.normalize(email);
        List<GroupSubscription> found = subscriptions.findByDistrictCodeAndEmailOrderByIdAsc(districtCode, address);
        if (!found.isEmpty()) {
            record(orp, null, SubscriptionAudit.Action.ERASED, address, found.size());
            subscriptions.deleteAll(found);
        }
        return found.size();
    }

    /** The latest removals and erasures in the ORP. */
    @Transactional(readOnly = true)
    List<SubscriptionAuditView> auditTrail(int districtCode) {
        access.check(districtCode, Action.EDIT_PLANNING);
        return audit.findTop50ByDistrictCodeOrderByHappenedAtDescIdDesc(districtCode).stream()
                .map(SubscriptionAudit::toView)
                .toList();
    }

    private List<SubscriptionExport.Entry> entries(int districtCode, String address) {
        List<GroupSubscription> found = subscriptions.findByDistrictCodeAndEmailOrderByIdAsc(districtCode, address);
        Map<Long, String> names = groups
                .findAllById(found.stream().map(GroupSubscription::groupId).toList())
                .stream()
                .collect(Collectors.toMap(PlanningGroup::id, PlanningGroup::name));
        return found.stream().map(s -> s.toExport(names.get(s.groupId()))).toList();
    }

    private void record(TerritoryRef orp, Long groupId, SubscriptionAudit.Action action, String email, int count) {
        CurrentUser actor = users.current();
        audit.save(new SubscriptionAudit(
                orp.code(), orp.regionCode(), groupId, action, actor.id(), actor.fullName(), email, count, now()));
    }

    private PlanningGroup group(int districtCode, long groupId) {
        return groups.findByIdAndDistrictCode(groupId, districtCode)
                .orElseThrow(() -> new NotFoundException("group " + groupId));
    }

    private GroupSubscription find(int districtCode, long groupId, long subscriptionId) {
        return subscriptions
                .findByIdAndGroupIdAndDistrictCode(subscriptionId, groupId, districtCode)
                .orElseThrow(() -> new NotFoundException("subscription " + subscriptionId));
    }

    private Instant now() {
        return clock.instant();
    }

    static String subscribersUrl(int districtCode, long groupId) {
        return PlanningService.groupUrl(districtCode, groupId) + "/odberatele";
    }

    static String gdprUrl(int districtCode) {
        return "/orp/" + districtCode + "/planovani/odberatele";
    }
}
