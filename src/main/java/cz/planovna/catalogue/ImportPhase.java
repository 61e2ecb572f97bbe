package cz.planovna.catalogue;

public enum ImportPhase {
    /** Reading the whole file once to check it before anything is written. */
    CHECKING,
    /** Applying the records in one transaction. */
    APPLYING,
    DONE
}
