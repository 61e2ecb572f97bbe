package cz.planovna.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * One register record after mapping and validation: what the catalogue stores, nothing more (no
 * statutory bodies, no names of facility heads). Serialised to compute the fingerprint that tells
 * a changed record from an unchanged one, so every component must be plain data.
 */
final class RegisterData {

    private RegisterData() {}

    record Service(
            String identifier,
            Long portalId,
            String providerIco,
            String typeCode,
            String name,
            String description,
            String feesNote,
            String ageGroupsNote,
            LocalDate providedFrom,
            LocalDate providedTo,
            int districtCode,
            List<String> targetGroups,
            List<String> ageGroups,
            List<Form> forms,
            List<Facility> facilities,
            List<Contact> contacts,
            List<Area> area) {

        /** ORP with a facility of this service, in file order without repeats. */
        List<Integer> facilityDistricts() {
            return facilities.stream().map(Facility::districtCode).distinct().toList();
        }
    }

    record Provider(
            String ico,
            String name,
            String legalFormCode,
            String seatAddress,
            Integer seatMunicipalityCode,
            Integer seatDistrictCode,
            List<Contact> contacts) {}

    record Form(DeliveryForm form, String code, Boolean continuous, String timeRanges, List<Capacity> capacities) {}

    record Capacity(CapacityType type, Integer amount, String note) {}

    record Facility(
            String name,
            String street,
            String houseNumber,
            String orientationNumber,
            String addressNote,
            Long addressPointCode,
            String postalCode,
            int municipalityCode,
            String municipalityPart,
            String cityDistrict,
            int districtCode,
            Double latitude,
            Double longitude,
            Boolean wheelchairAccess,
            LocalDate providedFrom,
            LocalDate providedTo) {

        /** Identifies "the same facility" across imports so that its id stays stable. */
        String key() {
            if (addressPointCode != null) {
                return addressPointCode + "|" + name;
            }
            return municipalityCode + "|" + street + "|" + houseNumber + "|" + orientationNumber + "|" + name;
        }

        boolean endedBefore(LocalDate day) {
            return providedTo != null && providedTo.isBefore(day);
        }
    }

    record Contact(ContactKind kind, String value, String note) {}

    record Area(int districtCode, Integer municipalityCode, AreaOrigin origin) {}
}
