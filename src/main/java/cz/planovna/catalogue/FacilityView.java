package cz.planovna.catalogue;

import java.time.LocalDate;

/** A place where a service is provided; its ORP is derived from the obec. */
public record FacilityView(
        long id,
        String name,
        String street,
        String houseNumber,
        String orientationNumber,
        String postalCode,
        int municipalityCode,
        String municipalityPart,
        int districtCode,
        Long addressPointCode,
        Double latitude,
        Double longitude,
        Boolean wheelchairAccess,
        LocalDate providedFrom,
        LocalDate providedTo,
        boolean ended) {

    /** "Ukázková 2001/12" or "č. p. 301" in villages without streets. */
    public String streetLine() {
        String number = houseNumber == null
                ? ""
                : orientationNumber == null ? houseNumber : houseNumber + "/" + orientationNumber;
        if (street == null) {
            return number.isEmpty() ? "" : "č. p. " + number;
        }
        return number.isEmpty() ? street : street + " " + number;
    }
}
