package cz.planovna.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the catalogue knows about one service. {@code contacts} are the effective ones: the
 * service's own of each kind, the provider's where the service has none. {@code area} is the
 * territory served as stored; {@code servedMunicipalities} expands it to obec codes. {@code
 * description}, {@code feesNote} and the contacts already include the provider's approved edits;
 * {@code openingHours} exists only as such an edit, {@code editedAt} is when the last one was
 * approved (null when the service shows the register's values only).
 */
public record ServiceDetail(
        long id,
        ServiceKind kind,
        RelatedServiceKind relatedKind,
        String registerId,
        Long portalId,
        String name,
        CodeView type,
        String actSection,
        String description,
        String feesNote,
        String ageGroupsNote,
        LocalDate providedFrom,
        LocalDate providedTo,
        ServiceState state,
        EndedReason endedReason,
        int districtCode,
        ProviderView provider,
        List<CodeView> targetGroups,
        List<CodeView> ageGroups,
        List<DeliveryFormView> forms,
        List<FacilityView> facilities,
        List<ContactView> contacts,
        List<ServedArea> area,
        List<Integer> servedMunicipalities,
        long version,
        String openingHours,
        Instant editedAt) {

    public boolean active() {
        return state == ServiceState.ACTIVE;
    }
}
