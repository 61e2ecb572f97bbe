package cz.planovna.survey;

/** Draft (being built) → open (answered) → closed (results final). */
public enum SurveyState {
    DRAFT,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "survey.state." + name();
    }
}
