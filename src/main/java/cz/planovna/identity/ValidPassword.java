package cz.planovna.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A new password: at least 10 characters, and at most 72 bytes in UTF-8 because bcrypt ignores
 * (Spring Security refuses) anything longer.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPassword.Validator.class)
@interface ValidPassword {

    int MIN_LENGTH = 10;
    int MAX_BYTES = 72;

    String message() default "{identity.validation.password.short}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) {
                return false;
            }
            if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{identity.validation.password.long}")
                        .addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
