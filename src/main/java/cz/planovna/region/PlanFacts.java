package cz.planovna.region;

import cz.planovna.strategy.PlanState;

/** The plan an ORP is compared by: the one in force, else its latest (or latest public) plan. */
public record PlanFacts(long id, String title, PlanState state, int yearFrom, int yearTo) {

    public String period() {
        return yearFrom + "–" + yearTo;
    }
}
