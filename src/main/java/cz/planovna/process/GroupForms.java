package cz.planovna.process;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** The forms of groups and their members. */
final class GroupForms {

    private GroupForms() {}

    /** {@code kind} counts only when the group is created. */
    record GroupForm(
            @NotNull(message = "{process.validation.group.kind.required}")
            GroupKind kind,

            @NotBlank(message = "{process.validation.group.name.required}")
            @Size(max = PlanningGroup.NAME_MAX, message = "{process.validation.name.long}")
            String name,

            @Size(max = PlanningGroup.NAME_MAX, message = "{process.validation.text.long}")
            String area,

            @Size(max = PlanningGroup.DESCRIPTION_MAX, message = "{process.validation.description.long}")
            String description,

            Boolean openForSubscription,
            long version) {

        static GroupForm empty() {
            return new GroupForm(GroupKind.WORKING, "", "", "", false, 0);
        }

        static GroupForm of(GroupDetail group) {
            return new GroupForm(
                    group.kind(),
                    group.name(),
                    group.area() == null ? "" : group.area(),
                    group.description() == null ? "" : group.description(),
                    group.openForSubscription(),
                    group.version());
        }

        GroupDetails toDetails() {
            return new GroupDetails(name, area, description, Boolean.TRUE.equals(openForSubscription));
        }
    }

    record MemberForm(
            @NotBlank(message = "{process.validation.member.name.required}")
            @Size(max = GroupMember.NAME_MAX, message = "{process.validation.name.long}")
            String fullName,

            @Size(max = GroupMember.NAME_MAX, message = "{process.validation.text.long}")
            String organisation,

            @Email(message = "{process.validation.member.email.invalid}")
            @Size(max = GroupMember.EMAIL_MAX, message = "{process.validation.text.long}")
            String email,

            @NotNull(message = "{process.validation.member.role.required}")
            MemberRole role,

            @NotNull(message = "{process.validation.member.sector.required}")
            Sector sector,

            Boolean publishConsent,
            String joinedOn,
            long version) {

        static MemberForm empty(long groupVersion) {
            return new MemberForm("", "", "", MemberRole.MEMBER, null, false, "", groupVersion);
        }

        void validate(Errors errors, LocalDate today) {
            LocalDate joined = RoundForms.date(errors, "joinedOn", joinedOn);
            if (joined != null && joined.isAfter(today)) {
                errors.rejectValue("joinedOn", "process.validation.member.joined.future");
            }
        }

        MemberDetails toDetails() {
            return new MemberDetails(
                    fullName,
                    organisation,
                    email,
                    role,
                    sector,
                    Boolean.TRUE.equals(publishConsent),
                    CzechDateInput.parse(joinedOn).orElse(null));
        }
    }

    /** A button that acts on a record the page showed in this version. */
    record VersionForm(long version) {}
}
