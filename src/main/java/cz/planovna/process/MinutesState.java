package cz.planovna.process;

/** Minutes are written as a draft, approved (usually by the chair), then published. */
public enum MinutesState {
    NONE,
    DRAFT,
    APPROVED,
    PUBLISHED;

    public String messageKey() {
        return "process.minutes.state." + name();
    }

    /** Only a draft may change; approval can be withdrawn back to a draft before publishing. */
    public boolean editable() {
        return this == NONE || this == DRAFT;
    }
}
