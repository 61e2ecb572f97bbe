package cz.planovna.catalogue;

/** Where a piece of the territory served comes from (see docs of {@link ServedArea}). */
public enum AreaOrigin {
    /** Listed by the register in {@code rozsirenePusobnostiVKraji}. */
    REGISTER,
    /** The obec of one of the service's facilities. */
    FACILITY,
    /** A field service without a register list: assumed to serve the whole ORP of its facility. */
    FIELD_DISTRICT,
    /** Entered by hand. */
    MANUAL
}
