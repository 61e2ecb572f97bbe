package cz.planovna.region;

import cz.planovna.strategy.PlanState;

/** What the map shows of an ORP: its plan's state, no plan yet, or not planning in Plánovna. */
public enum MapStatus {
    NOT_PLANNING,
    NO_PLAN,
    DRAFT,
    PUBLIC_COMMENTING,
    APPROVED,
    IN_FORCE,
    EVALUATED;

    static MapStatus of(boolean planning, PlanFacts plan) {
        if (!planning) {
            return NOT_PLANNING;
        }
        return plan == null ? NO_PLAN : valueOf(plan.state().name());
    }

    static MapStatus of(PlanState state) {
        return valueOf(state.name());
    }

    public String messageKey() {
        return "region.status." + name();
    }

    public String cssClass() {
        return "region-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
