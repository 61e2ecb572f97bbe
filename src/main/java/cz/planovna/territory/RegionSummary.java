package cz.planovna.territory;

/** A kraj with the number of its ORP and obce. */
public record RegionSummary(int code, String name, String abbreviation, int districtCount, int municipalityCount) {}
