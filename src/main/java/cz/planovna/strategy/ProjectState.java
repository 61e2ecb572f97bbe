package cz.planovna.strategy;

import java.util.List;

/**
 * The life of a project in the pipeline: an idea is prepared, submitted to a funding call and then
 * funded or rejected. Only the listed transitions are allowed; a prepared project may go back to an
 * idea and a rejected one may be reopened as an idea, a funded project is final.
 */
public enum ProjectState {
    IDEA,
    PREPARED,
    SUBMITTED,
    FUNDED,
    REJECTED;

    /** The states the public sees: worked-out projects, not raw ideas nor rejected ones. */
    public static final List<ProjectState> PUBLIC = List.of(PREPARED, SUBMITTED, FUNDED);

    public List<ProjectState> next() {
        return switch (this) {
            case IDEA -> List.of(PREPARED, REJECTED);
            case PREPARED -> List.of(SUBMITTED, IDEA, REJECTED);
            case SUBMITTED -> List.of(FUNDED, REJECTED);
            case FUNDED -> List.of();
            case REJECTED -> List.of(IDEA);
        };
    }

    public boolean mayBecome(ProjectState target) {
        return next().contains(target);
    }

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    /** Only an idea may be deleted; a project that went further is rejected instead (it keeps its history). */
    public boolean deletable() {
        return this == IDEA;
    }

    public String messageKey() {
        return "strategy.project.state." + name();
    }

    /** The label of the button that moves a project to this state. */
    public String actionKey() {
        return "strategy.project.to." + name();
    }
}
