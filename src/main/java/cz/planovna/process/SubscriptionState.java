package cz.planovna.process;

/** A subscription waits for the owner of the address to confirm it (double opt-in). */
public enum SubscriptionState {
    PENDING,
    CONFIRMED;

    public String messageKey() {
        return "process.subscription.state." + name();
    }
}
