package cz.planovna.survey;

/** An action on a survey that is not allowed now; the controller returns to {@code returnUrl} with the message. */
class SurveyRefusedException extends RuntimeException {

    private final String messageKey;
    private final String returnUrl;

    SurveyRefusedException(String messageKey, String returnUrl) {
        super(messageKey);
        this.messageKey = messageKey;
        this.returnUrl = returnUrl;
    }

    String messageKey() {
        return messageKey;
    }

    String returnUrl() {
        return returnUrl;
    }
}
