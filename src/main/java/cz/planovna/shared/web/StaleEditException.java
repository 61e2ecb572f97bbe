package cz.planovna.shared.web;

/**
 * Somebody else saved the record after this form was opened. Carries both versions so the 409 page
 * can show what the user submitted next to what is stored now.
 */
public class StaleEditException extends RuntimeException {

    private final String recordLabel;
    private final String submitted;
    private final String current;
    private final String returnUrl;
    private final boolean messageKeys;

    /**
     * @param messageKeys true when {@code submitted} and {@code current} are message keys (e.g. a
     *     yes/no value) rather than text entered by users
     */
    public StaleEditException(
            String recordLabel, String submitted, String current, String returnUrl, boolean messageKeys) {
        super("stale edit of " + recordLabel);
        this.recordLabel = recordLabel;
        this.submitted = submitted;
        this.current = current;
        this.returnUrl = returnUrl;
        this.messageKeys = messageKeys;
    }

    public boolean messageKeys() {
        return messageKeys;
    }

    public String recordLabel() {
        return recordLabel;
    }

    public String submitted() {
        return submitted;
    }

    public String current() {
        return current;
    }

    public String returnUrl() {
        return returnUrl;
    }
}
