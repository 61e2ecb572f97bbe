package cz.planovna.catalogue;

import java.util.List;

/**
 * One page of the public catalogue. {@code page} is the page actually shown (a page past the end
 * shows the last one). The facets count the services matching every other filter, so that each
 * count says what choosing the option would give.
 */
public record CatalogueSearchResult(
        CatalogueSearchRequest request,
        List<ServiceHit> hits,
        long total,
        int page,
        int pageCount,
        List<FacetOption> types,
        List<FacetOption> targetGroups,
        List<FacetOption> ageGroups,
        List<FormOption> forms,
        List<FacetOption> situations,
        List<FacetOption> orps,
        List<FacetOption> obce,
        String orpName,
        String obecName,
        String situationTitle,
        boolean illustrative) {

    public static final int PAGE_SIZE = 20;

    public boolean empty() {
        return hits.isEmpty();
    }

    public long firstShown() {
        return total == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long lastShown() {
        return (long) (page - 1) * PAGE_SIZE + hits.size();
    }

    /** The label of the chosen option, or the value itself when no service has it now. */
    public String selectedLabel(List<FacetOption> options, String value) {
        return options.stream()
                .filter(FacetOption::selected)
                .map(FacetOption::label)
                .findFirst()
                .orElse(value);
    }

    /** Page numbers for the links: the first, the last and two either side of the current one. */
    public List<Integer> pageLinks() {
        return java.util.stream.IntStream.rangeClosed(1, pageCount)
                .filter(p -> p == 1 || p == pageCount || Math.abs(p - page) <= 2)
                .boxed()
                .toList();
    }

    /** A service in the result list. */
    public record ServiceHit(
            long id,
            String name,
            String typeName,
            String actSection,
            String providerName,
            String orpName,
            String obecName,
            List<DeliveryForm> forms,
            boolean related) {}

    /** A filter option with the number of services it would give. */
    public record FacetOption(String value, String label, long count, boolean selected) {}

    /** A delivery form with the number of services it would give; the page labels it. */
    public record FormOption(DeliveryForm form, long count, boolean selected) {

        public String value() {
            return form.registerValue();
        }
    }

    /**
     * Life situations are offered for one ORP at a time (the chosen one, or the ORP of the chosen
     * obec): their titles repeat from ORP to ORP.
     */
    public boolean situationsNeedOrp() {
        return situations.isEmpty() && request.orp() == null && request.obec() == null;
    }
}
