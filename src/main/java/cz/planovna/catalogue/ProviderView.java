package cz.planovna.catalogue;

import java.util.List;

/** A provider; {@code ico} is null only for organisations entered by hand without one. */
public record ProviderView(
        long id,
        String ico,
        String name,
        String legalFormCode,
        String seatAddress,
        Integer seatMunicipalityCode,
        int districtCode,
        List<ContactView> contacts,
        long version) {}
