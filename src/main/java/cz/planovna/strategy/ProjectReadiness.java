package cz.planovna.strategy;

/** How far a project's preparation has got, from a bare intention to a complete application. */
public enum ProjectReadiness {
    INTENT,
    DOCUMENTATION,
    PERMIT,
    READY;

    public String messageKey() {
        return "strategy.project.readiness." + name();
    }
}
