package cz.planovna.region;

import cz.planovna.strategy.NodeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures by priority area, comparable across ORP. Each ORP names its priority areas in its own way
 * ("Senioři a osoby se zdravotním postižením", "Péče o seniory", …), so the comparison groups
 * measures by the target groups they name from the register's code list ({@code
 * CilovaSkupinaOsoby/…}): a measure counts once under each of its target groups (the column sums can
 * exceed the number of measures), a measure naming none under {@link #NONE}.
 */
final class MeasureGroups {

    /** The key of measures without a target group. */
    static final String NONE = "";

    private MeasureGroups() {}

    static List<NodeView> measures(List<NodeView> roots) {
        List<NodeView> found = new ArrayList<>();
        collect(roots, found);
        return found;
    }

    private static void collect(List<NodeView> nodes, List<NodeView> into) {
        for (NodeView n : nodes) {
            if (n.isMeasure()) {
                into.add(n);
            }
            collect(n.children(), into);
        }
    }

    /** Target group code (or {@link #NONE}) → number of measures for it. */
    static Map<String, Integer> count(List<NodeView> roots) {
        Map<String, Integer> counts = new HashMap<>();
        for (NodeView m : measures(roots)) {
            if (m.targetGroups().isEmpty()) {
                counts.merge(NONE, 1, Integer::sum);
            } else {
                m.targetGroups().stream().distinct().forEach(g -> counts.merge(g, 1, Integer::sum));
            }
        }
        return counts;
    }
}
