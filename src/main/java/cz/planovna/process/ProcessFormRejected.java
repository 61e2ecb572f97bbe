package cz.planovna.process;

/**
 * A submitted form breaks a rule only the service can check (a second steering group). The
 * controller shows the message next to {@code field}, or at the top when it is null.
 */
class ProcessFormRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    ProcessFormRejected(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
