package cz.planovna.identity;

import cz.planovna.shared.web.FormRejectedException;
import org.springframework.validation.BindingResult;

/** Puts a service's {@link FormRejectedException} into the form's errors. */
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
