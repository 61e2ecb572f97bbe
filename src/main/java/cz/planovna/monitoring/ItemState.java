package cz.planovna.monitoring;

/** How far a measure or an activity got in a year. */
public enum ItemState {
    NOT_STARTED,
    RUNNING,
    DONE,
    CANCELLED;

    public String messageKey() {
        return "monitoring.state." + name();
    }
}
