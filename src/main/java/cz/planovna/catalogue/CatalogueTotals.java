package cz.planovna.catalogue;

/** Row counts of the catalogue, e.g. to show that a refused import changed nothing. */
public record CatalogueTotals(
        long providers,
        long services,
        long activeServices,
        long endedServices,
        long relatedServices,
        long facilities) {}
