package cz.planovna.monitoring;

/** A draft may still change; a final evaluation is closed (and published with a public plan). */
public enum EvaluationState {
    DRAFT,
    FINAL;

    public String messageKey() {
        return "evaluation.state." + name();
    }
}
