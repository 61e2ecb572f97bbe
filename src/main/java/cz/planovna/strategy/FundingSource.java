package cz.planovna.strategy;

/** Where the money of a measure comes from. */
public enum FundingSource {
    MUNICIPALITY,
    REGION,
    STATE,
    EU,
    USERS,
    OTHER;

    public String messageKey() {
        return "strategy.source." + name();
    }
}
