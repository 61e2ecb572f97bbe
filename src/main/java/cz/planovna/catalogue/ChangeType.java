package cz.planovna.catalogue;

/**
 * How an import changed a registered service, by its state before and after: NEW (not active
 * before, active now — first seen or back in the register), CHANGED (active before and after, with
 * different content), ENDED (active before, ended now — by its end date or missing from the file).
 */
public enum ChangeType {
    NEW,
    CHANGED,
    ENDED
}
