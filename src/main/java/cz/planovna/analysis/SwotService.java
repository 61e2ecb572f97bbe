package cz.planovna.analysis;

import cz.planovna.identity.CurrentUser;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SWOT analyses of an ORP: written by those who edit its planning (EDIT_PLANNING), read and ranked
 * by its whole team (VIEW_INTERNAL: coordinators and working-group members). Each member keeps one
 * score per item and may change it; nobody sees another member's scores, only averages and counts.
 */
@Service
@Transactional
public class SwotService {

    private final SwotRepository swots;
    private final SwotItemRepository items;
    private final SwotVoteRepository votes;
    private final FindingsAuditRepository audit;
    private final FindingsAccess access;
    private final FindingsService findings;
    private final ObjectProvider<FindingCitations> citations;
    private final Clock clock;

    SwotService(
            SwotRepository swots,
            SwotItemRepository items,
            SwotVoteRepository votes,
            FindingsAuditRepository audit,
            FindingsAccess access,
            FindingsService findings,
            ObjectProvider<FindingCitations> citations,
            ObjectProvider<Clock> clock) {
        this.swots = swots;
        this.items = items;
        this.votes = votes;
        this.audit = audit;
        this.access = access;
        this.findings = findings;
        this.citations = citations;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    @Transactional(readOnly = true)
    public List<SwotSummary> swots(int code) {
        access.check(code, Action.VIEW_INTERNAL);
        return swots.findByDistrictCode(code).stream()
                .map(s -> {
                    List<SwotItem> its = items.findBySwotId(s.id());
                    List<SwotVote> vs = its.isEmpty()
                            ? List.of()
                            : votes.findByItemIdIn(
                                    its.stream().map(SwotItem::id).toList());
                    return new SwotSummary(
                            s.id(), s.name(), s.groupName(), its.size(), SwotRanking.voters(vs), s.updatedAt());
                })
                .sorted(CzechCollation.comparing(SwotSummary::name))
                .toList();
    }

    /** A SWOT with the viewer's own scores. */
    @Transactional(readOnly = true)
    public SwotView swot(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return view(swotOf(code, id), access.user().id());
    }

    @Transactional(readOnly = true)
    public SwotItemView item(int code, long swotId, long itemId) {
        access.check(code, Action.EDIT_PLANNING);
        SwotItem item = itemOf(code, swotId, itemId);
        return new SwotItemView(item.id(), swotId, item.quadrant(), item.text(), null, 0, null, item.version());
    }

    long createSwot(int code, String name, Long groupId) {
        TerritoryRef orp = access.check(code, Action.EDIT_PLANNING);
        Swot saved = swots.save(new Swot(orp, name, groupId, groupName(code, groupId), now()));
        log(code, "swot.created", saved.name());
        return saved.id();
    }

    void updateSwot(int code, long id, long version, String name, Long groupId) {
        access.check(code, Action.EDIT_PLANNING);
        Swot swot = swotOf(code, id);
        if (swot.version() != version) {
            throw new StaleEditException(swot.name(), name, swot.name(), FindingsUrls.swot(code, id), false);
        }
        swot.change(name, groupId, groupName(code, groupId), now());
        log(code, "swot.edited", swot.name());
    }

    void deleteSwot(int code, long id, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Swot swot = swotOf(code, id);
        if (swot.version() != version) {
            throw new StaleEditException(swot.name(), null, null, FindingsUrls.swot(code, id), false);
        }
        List<SwotItem> its = items.findBySwotId(id);
        for (SwotItem item : its) {
            refuseIfCited(item.id());
        }
        for (SwotItem item : its) {
            votes.deleteByItemId(item.id());
            items.delete(item);
        }
        swots.delete(swot);
        log(code, "swot.deleted", swot.name());
    }

    long addItem(int code, long swotId, Quadrant quadrant, String text) {
        access.check(code, Action.EDIT_PLANNING);
        Swot swot = swotOf(code, swotId);
        SwotItem item = items.save(new SwotItem(swotId, quadrant, text, now()));
        swot.touch(now());
        log(code, "swot.item.added", swot.name() + ": " + item.text());
        return item.id();
    }

    void updateItem(int code, long swotId, long itemId, long version, Quadrant quadrant, String text) {
        access.check(code, Action.EDIT_PLANNING);
        SwotItem item = itemOf(code, swotId, itemId);
        if (item.version() != version) {
            throw new StaleEditException(item.text(), text, item.text(), FindingsUrls.swot(code, swotId), false);
        }
        item.change(quadrant, text);
        log(code, "swot.item.edited", item.text());
    }

    void deleteItem(int code, long swotId, long itemId, long version) {
        access.check(code, Action.EDIT_PLANNING);
        SwotItem item = itemOf(code, swotId, itemId);
        if (item.version() != version) {
            throw new StaleEditException(item.text(), null, null, FindingsUrls.swot(code, swotId), false);
        }
        refuseIfCited(itemId);
        votes.deleteByItemId(itemId);
        items.delete(item);
        log(code, "swot.item.deleted", item.text());
    }

    /**
     * Records the signed-in member's scores: item id → 1–5, or null to withdraw their score. Items
     * of another SWOT are refused; scores outside 1–5 are refused before anything is stored.
     */
    void vote(int code, long swotId, Map<Long, Integer> scores) {
        access.check(code, Action.VIEW_INTERNAL);
        CurrentUser user = access.user();
        if (user.isAnonymous()) {
            throw new AccessDeniedException("anonymous vote");
        }
        swotOf(code, swotId);
        List<Long> own = items.findBySwotId(swotId).stream().map(SwotItem::id).toList();
        for (Map.Entry<Long, Integer> e : scores.entrySet()) {
            if (!own.contains(e.getKey())) {
                throw new NotFoundException("item " + e.getKey() + " of SWOT " + swotId);
            }
            Integer score = e.getValue();
            if (score != null && (score < SwotVote.MIN || score > SwotVote.MAX)) {
                throw new FormRejectedException(null, "analysis.validation.swot.score");
            }
        }
        Instant now = now();
        scores.forEach((itemId, score) -> {
            var existing = votes.findByItemIdAndUserId(itemId, user.id());
            if (score == null) {
                existing.ifPresent(votes::delete);
            } else if (existing.isPresent()) {
                existing.get().change(score, now);
            } else {
                votes.save(new SwotVote(itemId, user.id(), score, now));
            }
        });
    }

    // ---- for other modules (SwotQueries) ---------------------------------------------------------

    List<SwotView> allSwots(int code) {
        return swots.findByDistrictCode(code).stream()
                .sorted(CzechCollation.comparing(Swot::name))
                .map(s -> view(s, -1))
                .toList();
    }

    List<SwotItemRef> itemsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SwotItem> found = items.findByIdIn(ids);
        Map<Long, Swot> byId = new java.util.HashMap<>();
        swots.findAllById(found.stream().map(SwotItem::swotId).distinct().toList())
                .forEach(s -> byId.put(s.id(), s));
        return found.stream()
                .map(i -> {
                    Swot s = byId.get(i.swotId());
                    return new SwotItemRef(i.id(), s.id(), s.districtCode(), s.name(), i.quadrant(), i.text());
                })
                .sorted(java.util.Comparator.comparing(SwotItemRef::swotName, CzechCollation.comparator())
                        .thenComparing(SwotItemRef::quadrant)
                        .thenComparing(SwotItemRef::id))
                .toList();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private SwotView view(Swot s, long viewerId) {
        List<SwotItem> its = items.findBySwotId(s.id());
        List<SwotVote> vs = its.isEmpty()
                ? List.of()
                : votes.findByItemIdIn(its.stream().map(SwotItem::id).toList());
        return new SwotView(
                s.id(),
                s.districtCode(),
                s.name(),
                s.groupId(),
                s.groupName(),
                SwotRanking.rank(its, vs, viewerId),
                SwotRanking.voters(vs),
                s.updatedAt(),
                s.version());
    }

    private void refuseIfCited(long itemId) {
        FindingCitations c = citations.getIfAvailable();
        if (c != null && !c.citingSwotItem(itemId).isEmpty()) {
            throw new FormRejectedException(null, "analysis.swot.item.delete.cited");
        }
    }

    private String groupName(int code, Long groupId) {
        if (groupId == null) {
            return null;
        }
        return findings.groups(code).stream()
                .filter(g -> g.id() == groupId)
                .map(GroupOption::name)
                .findFirst()
                .orElseThrow(() -> new FormRejectedException("groupId", "analysis.validation.group"));
    }

    private Swot swotOf(int code, long id) {
        return swots.findByIdAndDistrictCode(id, code).orElseThrow(() -> new NotFoundException("SWOT " + id));
    }

    private SwotItem itemOf(int code, long swotId, long itemId) {
        swotOf(code, swotId);
        return items.findByIdAndSwotId(itemId, swotId).orElseThrow(() -> new NotFoundException("item " + itemId));
    }

    private void log(int code, String action, String label) {
        audit.save(new FindingsAuditEntry(code, now(), access.userName(), action, label));
    }

    private Instant now() {
        return clock.instant();
    }
}
