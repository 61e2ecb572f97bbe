package cz.planovna.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of the password pages. */
final class PasswordForms {

    private PasswordForms() {}

    record ForgotPasswordForm(
            @NotBlank(message = "{identity.validation.email.required}")
            @Email(message = "{identity.validation.email.invalid}")
            @Size(max = 254, message = "{identity.validation.email.long}")
            String email) {

        static ForgotPasswordForm empty() {
            return new ForgotPasswordForm("");
        }
    }

    @ConfirmedPassword
    record NewPasswordForm(@ValidPassword String password, String confirmation) implements ConfirmedPassword.Form {

        static NewPasswordForm empty() {
            return new NewPasswordForm("", "");
        }
    }

    @ConfirmedPassword
    record ChangePasswordForm(
            @NotBlank(message = "{identity.validation.password.current}")
            String currentPassword,

            @ValidPassword String password,
            String confirmation)
            implements ConfirmedPassword.Form {

        static ChangePasswordForm empty() {
            return new ChangePasswordForm("", "", "");
        }
    }
}
