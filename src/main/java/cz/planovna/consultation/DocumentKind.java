package cz.planovna.consultation;

/** What a consultation puts out for comment: a medium-term plan or one of its action plans. */
public enum DocumentKind {
    PLAN,
    ACTION_PLAN;

    public String messageKey() {
        return "consultation.document." + name();
    }
}
