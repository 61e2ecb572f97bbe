package cz.planovna.strategy;

import java.util.List;

/**
 * A node of the strategy tree as pages show it: its number (1, 1.2, 1.2.3, 1.2.3.4), what was
 * written about it, its own costs (measures) and the totals rolled up from below, its children.
 */
public record NodeView(
        long id,
        Long parentId,
        NodeKind kind,
        String number,
        String title,
        String description,
        MeasureKind measureKind,
        List<String> serviceTypes,
        List<String> targetGroups,
        List<Integer> municipalities,
        String justification,
        String responsible,
        String partners,
        List<CostLine> costs,
        List<IndicatorView> indicators,
        CostTotals totals,
        List<NodeView> children,
        boolean first,
        boolean last,
        long version) {

    public String label() {
        return number + " " + title;
    }

    public boolean isMeasure() {
        return kind == NodeKind.MEASURE;
    }
}
