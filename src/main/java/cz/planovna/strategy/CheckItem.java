package cz.planovna.strategy;

/**
 * A gap the § 3h checklist found: an error blocks approval, a warning does not. {@code nodeId} is
 * the item to fix (null: the plan itself), {@code subject} its number and title.
 */
public record CheckItem(Severity severity, String messageKey, Long nodeId, String subject) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }
}
