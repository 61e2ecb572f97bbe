package cz.planovna.strategy;

import java.time.Instant;

/** A change of a plan; {@code action} names a message key suffix (strategy.change.*). */
public record ChangeView(Instant changedAt, String changedBy, String action, String subject) {

    public String messageKey() {
        return "strategy.change." + action;
    }
}
