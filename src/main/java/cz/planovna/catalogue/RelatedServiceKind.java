package cz.planovna.catalogue;

/** What a related service (outside the Act, entered by hand) offers. */
public enum RelatedServiceKind {
    DEBT_COUNSELLING,
    FOOD_AID,
    LEGAL_AID,
    HOUSING,
    HEALTH_CARE,
    SELF_HELP_GROUP,
    EMPLOYMENT,
    TRANSPORT,
    OTHER
}
