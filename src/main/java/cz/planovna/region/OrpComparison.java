package cz.planovna.region;

import java.util.List;
import java.util.Map;

/**
 * One ORP planning in Plánovna as the comparison shows it.
 *
 * @param internal the visitor sees the ORP's internal data (drafts included)
 * @param plan null when the ORP has no plan (or none the visitor may see)
 * @param measuresByGroup target group code → measures for it ({@link MeasureGroups})
 * @param population null without population figures
 * @param gaps message keys of the indicators below the country's ratio ({@link GapSummary})
 * @param gapsKnown false without population figures (no ratio can be computed)
 */
public record OrpComparison(
        int code,
        String name,
        int municipalityCount,
        boolean internal,
        PlanFacts plan,
        int measures,
        Map<String, Integer> measuresByGroup,
        long costTotal,
        long costCurrentYear,
        Long population,
        List<String> gaps,
        boolean gapsKnown) {

    public boolean hasPlan() {
        return plan != null;
    }

    /** The state the map and the lists show: the plan's, or "planning, no plan". */
    public MapStatus status() {
        return MapStatus.of(true, plan);
    }

    public int measuresFor(String group) {
        return measuresByGroup.getOrDefault(group, 0);
    }

    /** Where the plan is read: the coordinator's page for internal visitors, else the public page. */
    public String planUrl() {
        if (plan == null) {
            return null;
        }
        return internal ? "/orp/" + code + "/planovani/plany/" + plan.id() : "/orp/" + code + "/plan?plan=" + plan.id();
    }
}
