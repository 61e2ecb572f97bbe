package cz.planovna.catalogue;

/** Ended services are kept (history, analyses) but hidden from the public catalogue. */
public enum ServiceState {
    ACTIVE,
    ENDED
}
