package cz.planovna.catalogue;

import cz.planovna.catalogue.EditableFields.Field;
import java.time.Instant;
import java.util.List;

/** What the pages of provider edits show; all read-only snapshots. */
final class ProviderEditViews {

    private ProviderEditViews() {}

    /** A service in the provider's list "Moje služby". */
    record OwnService(
            long id, String name, String orpName, boolean active, ProposalState lastState, Instant editedAt) {}

    /**
     * One field in a diff: the register's value, what the public sees now, what is proposed;
     * {@code registerChanged} when the register changed the field after an approved edit of it.
     */
    record FieldDiff(
            Field field, String register, String current, String proposed, boolean changed, boolean registerChanged) {

        public String key() {
            return field.name();
        }
    }

    /** A proposal with its decision; {@code changes} lists only the fields it changed. */
    record ProposalRow(
            long id,
            long serviceId,
            String serviceName,
            String proposedBy,
            Instant proposedAt,
            ProposalState state,
            String decidedBy,
            Instant decidedAt,
            String reason,
            List<FieldDiff> changes,
            long version) {

        public boolean pending() {
            return state == ProposalState.PENDING;
        }
    }

    /** A service with its editable fields (register, shown now) and its proposals, newest first. */
    record ServiceEdits(
            long id,
            String name,
            String providerName,
            String ico,
            int districtCode,
            String orpName,
            EditableFields register,
            EditableFields current,
            List<FieldDiff> fields,
            Instant editedAt,
            String editedBy,
            ProposalRow pending,
            EditableFields pendingFields,
            List<ProposalRow> history) {

        /** What the form starts with: the pending proposal (to amend it), else what is shown now. */
        EditableFields formStart() {
            return pendingFields != null ? pendingFields : current;
        }
    }

    /** A proposal for the coordinator's decision, with the service it changes. */
    record Review(ProposalRow proposal, ServiceEdits service, List<FieldDiff> diff) {}

    /** A service of the ORP showing approved provider edits; {@code registerChanged} needs a look. */
    record EditedService(long id, String name, Instant approvedAt, String approvedBy, List<Field> registerChanged) {}
}
