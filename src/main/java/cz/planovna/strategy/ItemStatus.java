package cz.planovna.strategy;

/** What an action-plan item changed against the medium-term plan for its year. */
public enum ItemStatus {
    /** Budget, who and when as planned. */
    UNCHANGED,
    /** Budget, who or when differ from the medium-term plan. */
    CHANGED,
    /** Not planned for the year in the medium-term plan, added to the action plan. */
    ADDED,
    /** Planned for the year, but left out of the action plan. */
    REMOVED;

    public String messageKey() {
        return "strategy.action.status." + name();
    }
}
