package cz.planovna.strategy;

import java.time.Instant;

/** One line of a project's history: who did what, when, with the state change and its note. */
public record ProjectEventView(Instant at, String by, String action, ProjectState from, ProjectState to, String note) {

    public String actionKey() {
        return "strategy.project.event." + action;
    }
}
