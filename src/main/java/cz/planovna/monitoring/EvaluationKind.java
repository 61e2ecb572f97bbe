package cz.planovna.monitoring;

/** Yearly evaluation of the action plan of one year, or the final one of the whole plan. */
public enum EvaluationKind {
    YEARLY,
    FINAL;

    public String messageKey() {
        return "evaluation.kind." + name();
    }
}
