package cz.planovna.process;

import cz.planovna.shared.web.FormRejectedException;
import org.springframework.validation.BindingResult;

/** Turns a refusal from a service into an error of the form, on its field or on the whole form. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult binding, FormRejectedException e) {
        if (e.field() == null) {
            binding.reject(e.messageKey());
        } else {
            binding.rejectValue(e.field(), e.messageKey());
        }
    }
}
