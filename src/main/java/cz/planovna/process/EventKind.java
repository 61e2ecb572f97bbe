package cz.planovna.process;

/** What kind of public event of the planning process. */
public enum EventKind {
    SEMINAR,
    WORKSHOP,
    PUBLIC_MEETING,
    OTHER;

    public String messageKey() {
        return "process.event.kind." + name();
    }
}
