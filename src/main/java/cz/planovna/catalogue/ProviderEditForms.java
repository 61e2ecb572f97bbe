package cz.planovna.catalogue;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Forms of provider edits (separate from the entities). */
final class ProviderEditForms {

    private ProviderEditForms() {}

    /** No tags: the text is shown escaped anyway, but angle brackets in a description are a mistake. */
    static final String NO_TAGS = "(?s)[^<>]*";

    /** The provider's proposal. Blank fields fall back to the register's value. */
    record ProposalForm(
            @Size(max = EditableFields.DESCRIPTION_MAX, message = "{catalogue.edit.validation.description.long}")
            @Pattern(regexp = NO_TAGS, message = "{catalogue.edit.validation.tags}")
            String description,

            @Size(max = EditableFields.FEES_MAX, message = "{catalogue.edit.validation.fees.long}")
            @Pattern(regexp = NO_TAGS, message = "{catalogue.edit.validation.tags}")
            String feesNote,

            @Size(max = EditableFields.HOURS_MAX, message = "{catalogue.edit.validation.hours.long}")
            @Pattern(regexp = NO_TAGS, message = "{catalogue.edit.validation.tags}")
            String openingHours,

            @Pattern(regexp = "\\s*((\\+\\d{3}\\s*)?(\\d\\s*){9})?", message = "{catalogue.edit.validation.phone}")
            String phone,

            @Size(max = EditableFields.EMAIL_MAX, message = "{catalogue.edit.validation.email}")
            @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}", message = "{catalogue.edit.validation.email}")
            String email,

            @Size(max = EditableFields.WEB_MAX, message = "{catalogue.edit.validation.web}")
            @Pattern(
                    regexp =
                            "\\s*((https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(:\\d+)?([/?#][^\\s<>\"]*)?)?\\s*",
                    message = "{catalogue.edit.validation.web}")
            String web) {

        static ProposalForm of(EditableFields f) {
            return new ProposalForm(
                    blank(f.description()),
                    blank(f.feesNote()),
                    blank(f.openingHours()),
                    blank(f.phone()),
                    blank(f.email()),
                    blank(f.web()));
        }

        EditableFields fields() {
            return new EditableFields(description, feesNote, openingHours, phone, email, web).normalized();
        }

        private static String blank(String value) {
            return value == null ? "" : value;
        }
    }

    /** The coordinator's decision: the version of the proposal shown, a reason (required to reject). */
    record DecisionForm(
            long version,

            @Size(max = EditProposal.REASON_MAX, message = "{catalogue.edit.validation.reason.long}")
            String reason) {}
}
