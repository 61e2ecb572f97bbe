package cz.planovna.process;

/** Where a planning round stands. */
public enum RoundState {
    PREPARATION,
    RUNNING,
    FINISHED;

    public String messageKey() {
        return "process.round.state." + name();
    }
}
