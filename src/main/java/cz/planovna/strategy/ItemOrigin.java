package cz.planovna.strategy;

/** How an item came into an action plan: generated from the medium-term plan, or added by hand. */
public enum ItemOrigin {
    GENERATED,
    ADDED
}
