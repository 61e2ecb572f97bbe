package cz.planovna.catalogue;

/** Where a provider's proposal stands. */
public enum ProposalState {
    /** Waiting for the ORP coordinator. */
    PENDING,
    APPROVED,
    REJECTED,
    /** Replaced by a newer proposal of the provider before anyone decided. */
    SUPERSEDED
}
