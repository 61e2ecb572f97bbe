package cz.planovna.consultation;

/** How a comment was settled (vypořádání). */
public enum CommentOutcome {
    ACCEPTED,
    PARTLY_ACCEPTED,
    NOT_ACCEPTED,
    NOTED;

    public String messageKey() {
        return "consultation.settlement.outcome." + name();
    }
}
