package cz.planovna.strategy;

/**
 * The life of an action plan: a draft is adjusted, an approved one is read-only and public. An
 * approved action plan is changed only by returning it to a draft with a recorded reason.
 */
public enum ActionPlanState {
    DRAFT,
    APPROVED;

    public String messageKey() {
        return "strategy.action.state." + name();
    }
}
