package cz.planovna.catalogue;

public enum IssueSeverity {
    /** The record was not applied. */
    REJECTED,
    /** The record was applied but something in it looks wrong. */
    WARNING
}
