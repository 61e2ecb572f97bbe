package cz.planovna.shared.web;

import org.springframework.validation.BindingResult;

/**
 * A submitted form breaks a rule only a service can check (e-mail taken, a second steering group).
 * The controller shows the message next to {@code field}, or at the top of the form when the field
 * is null, and keeps everything the user typed.
 */
public class FormRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FormRejectedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Shows the refusal in the form: on its field, or as an error of the whole form. */
    public void addTo(BindingResult binding) {
        if (field == null) {
            binding.reject(messageKey);
        } else {
            binding.rejectValue(field, messageKey);
        }
    }
}
