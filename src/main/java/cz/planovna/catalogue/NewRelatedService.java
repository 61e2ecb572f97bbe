package cz.planovna.catalogue;

import java.util.List;

/**
 * A related service (outside the Act) entered by hand for an ORP. {@code organisationIco} links it
 * to a provider already in the catalogue when given; {@code place} may be null (e.g. a phone line).
 */
public record NewRelatedService(
        int districtCode,
        RelatedServiceKind kind,
        String name,
        String description,
        String organisationName,
        String organisationIco,
        List<ContactView> contacts,
        Place place) {

    /** Where the related service is provided. */
    public record Place(String name, String street, String houseNumber, String postalCode, int municipalityCode) {}
}
