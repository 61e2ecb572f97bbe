package cz.planovna.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/** The password typed twice must match; the error belongs to the confirmation field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConfirmedPassword.Validator.class)
@interface ConfirmedPassword {

    String message() default "{identity.validation.password.mismatch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A form with a new password and its confirmation. */
    interface Form {
        String password();

        String confirmation();
    }

    class Validator implements ConstraintValidator<ConfirmedPassword, Form> {

        @Override
        public boolean isValid(Form form, ConstraintValidatorContext context) {
            if (form == null || form.password() == null || Objects.equals(form.password(), form.confirmation())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("confirmation")
                    .addConstraintViolation();
            return false;
        }
    }
}
