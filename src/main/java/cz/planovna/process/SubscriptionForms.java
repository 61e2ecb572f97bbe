package cz.planovna.process;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The forms of subscriptions: the public subscribe form and the coordinator's address form. */
final class SubscriptionForms {

    /** Something@something.domain: Bean Validation alone would accept an address without a domain. */
    static final String EMAIL_SHAPE = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private SubscriptionForms() {}

    record SubscribeForm(
            @NotBlank(message = "{process.validation.subscription.email.required}")
            @Email(message = "{process.validation.member.email.invalid}")
            @Size(max = GroupSubscription.EMAIL_MAX, message = "{process.validation.text.long}")
            String email,

            Boolean consent) {

        /** Spaces around a pasted address are no error. */
        SubscribeForm {
            email = email == null ? null : email.strip();
        }

        static SubscribeForm empty() {
            return new SubscribeForm("", false);
        }

        /** Consent is the legal basis of the processing: without it nothing is stored. */
        void validate(Errors errors) {
            // one message per field: only when @Email found nothing
            if (!errors.hasFieldErrors("email") && !email.matches(EMAIL_SHAPE)) {
                errors.rejectValue("email", "process.validation.member.email.invalid");
            }
            if (!Boolean.TRUE.equals(consent)) {
                errors.rejectValue("consent", "process.validation.subscription.consent.required");
            }
        }
    }

    record AddressForm(
            @NotBlank(message = "{process.validation.gdpr.email.required}")
            @Email(message = "{process.validation.member.email.invalid}")
            @Size(max = GroupSubscription.EMAIL_MAX, message = "{process.validation.text.long}")
            String email) {

        AddressForm {
            email = email == null ? null : email.strip();
        }

        static AddressForm empty() {
            return new AddressForm("");
        }
    }
}
