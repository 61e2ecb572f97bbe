package cz.planovna.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the user administration. */
final class AdminForms {

    private AdminForms() {}

    /** The role part of a form; which territory fields count depends on the role. */
    interface GrantFields {
        Role role();

        Integer districtCode();

        Integer regionCode();

        String providerIco();
    }

    record InviteForm(
            @NotBlank(message = "{identity.validation.email.required}")
            @Email(message = "{identity.validation.email.invalid}")
            @Size(max = 254, message = "{identity.validation.email.long}")
            String email,

            @NotBlank(message = "{identity.validation.name.required}")
            @Size(max = 200, message = "{identity.validation.name.long}")
            String fullName,

            @NotNull(message = "{identity.validation.role.required}")
            Role role,

            Integer districtCode,
            Integer regionCode,
            String providerIco)
            implements GrantFields {

        static InviteForm empty() {
            return new InviteForm("", "", null, null, null, "");
        }
    }

    record GrantForm(
            @NotNull(message = "{identity.validation.role.required}")
            Role role,

            Integer districtCode,
            Integer regionCode,
            String providerIco,
            long version)
            implements GrantFields {

        static GrantForm empty(long version) {
            return new GrantForm(null, null, null, "", version);
        }
    }

    /** The version the user saw; a different stored version makes the action stale. */
    record VersionForm(long version) {}

    record StatusForm(boolean enabled, long version) {}

    record ProfileForm(
            @NotBlank(message = "{identity.validation.name.required}")
            @Size(max = 200, message = "{identity.validation.name.long}")
            String fullName,

            long version) {}

    record PlanningForm(boolean active, long version) {}
}
