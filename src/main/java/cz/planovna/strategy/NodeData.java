package cz.planovna.strategy;

import java.util.List;

/** A stored node as the tree builder and the checklist read it (no JPA, easy to test). */
record NodeData(
        Long id,
        Long parentId,
        NodeKind kind,
        int position,
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
        long version) {}
