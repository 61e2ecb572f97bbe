package cz.planovna.identity;

/**
 * A submitted form breaks a rule only the service can check (e-mail taken, role held already). The
 * controller shows the message next to {@code field}, or at the top of the page when it is null.
 */
class FormRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    FormRejectedException(String field, String messageKey) {
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
