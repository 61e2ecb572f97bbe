package cz.planovna.strategy;

/** The levels of the strategy tree, top down; each level's parent is the level above. */
public enum NodeKind {
    PRIORITY,
    GOAL,
    MEASURE,
    ACTIVITY;

    /** The kind of a child, or null for an activity (a leaf). */
    public NodeKind childKind() {
        return this == ACTIVITY ? null : values()[ordinal() + 1];
    }

    /** The kind a parent must have, or null for a priority area (under the plan itself). */
    public NodeKind parentKind() {
        return this == PRIORITY ? null : values()[ordinal() - 1];
    }

    public String messageKey() {
        return "strategy.kind." + name();
    }
}
