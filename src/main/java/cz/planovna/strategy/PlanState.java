package cz.planovna.strategy;

import java.util.Set;

/**
 * The life of a medium-term plan. Only the listed transitions are allowed; an approved plan (and
 * one in force) changes only through a recorded amendment, an evaluated plan never.
 */
public enum PlanState {
    DRAFT,
    PUBLIC_COMMENTING,
    APPROVED,
    IN_FORCE,
    EVALUATED;

    public Set<PlanState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLIC_COMMENTING);
            case PUBLIC_COMMENTING -> Set.of(DRAFT, APPROVED);
            case APPROVED -> Set.of(IN_FORCE);
            case IN_FORCE -> Set.of(EVALUATED);
            case EVALUATED -> Set.of();
        };
    }

    public boolean mayBecome(PlanState target) {
        return next().contains(target);
    }

    /** Approved, in force or evaluated: the public sees it, edits need an amendment. */
    public boolean adopted() {
        return this == APPROVED || this == IN_FORCE || this == EVALUATED;
    }

    /** The public sees the plan: adopted, or a draft put out for comments. */
    public boolean isPublic() {
        return adopted() || this == PUBLIC_COMMENTING;
    }

    public String messageKey() {
        return "strategy.state." + name();
    }
}
