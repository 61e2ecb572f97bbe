package cz.planovna.catalogue;

import java.util.List;

/**
 * A life situation with the services of its ORP that match it: of a linked service type, or of a
 * linked target group when no type is linked. {@code links} open the same in the catalogue.
 */
public record LifeSituationDetail(
        LifeSituationView situation, List<CatalogueSearchResult.ServiceHit> services, long total, List<Link> links) {

    /** How many matching services the page lists at most. */
    public static final int SHOWN = 10;

    public boolean more() {
        return total > services.size();
    }

    /** A catalogue search for one linked code in the ORP. */
    public record Link(String label, String url) {}
}
