package cz.planovna.strategy;

import cz.planovna.analysis.FindingView;
import cz.planovna.analysis.SwotView;
import java.util.List;
import java.util.Set;

/** What the justification form offers for a measure: the ORP's findings and SWOT items, and what is chosen. */
public record JustificationChoices(
        OrpView orp,
        PlanSummary plan,
        NodeView measure,
        List<FindingView> findings,
        List<SwotView> swots,
        Set<Long> findingIds,
        Set<Long> swotItemIds) {

    public boolean nothingToCite() {
        return findings.isEmpty() && swots.stream().allMatch(s -> s.itemCount() == 0);
    }
}
