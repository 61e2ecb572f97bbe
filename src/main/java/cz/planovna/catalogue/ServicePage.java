package cz.planovna.catalogue;

import java.util.List;

/**
 * The public detail of a service: {@link ServiceDetail} with the names of places resolved, the
 * territory served grouped by ORP and the marks a visitor must see (ended, related, illustrative).
 * {@code map} is drawn only for the detail page (null in exports).
 */
public record ServicePage(
        ServiceDetail service,
        String typeName,
        String orpName,
        List<Place> facilities,
        List<ServedDistrict> served,
        List<ContactView> webs,
        boolean illustrative,
        ServiceMap map) {

    /** A facility with the names of its obec and ORP. */
    public record Place(FacilityView facility, String obecName, String orpName) {}

    /**
     * Obce served in one ORP, Czech-sorted; {@code whole} when the service covers the whole ORP.
     */
    public record ServedDistrict(String orpName, boolean whole, List<String> obce) {}
}
