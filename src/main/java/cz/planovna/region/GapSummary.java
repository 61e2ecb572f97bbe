package cz.planovna.region;

import cz.planovna.analysis.NetworkReport;
import java.util.List;

/**
 * Gaps of an ORP's network from the (public) network analysis: an indicator (a service type with its
 * unit and age group) has a gap when the ORP's capacity per 1,000 inhabitants of the age is below
 * the country's (the benchmark of the needs-gap map, below which an obec is in the classes 1–3), or
 * when the ORP has people of the age and no capacity at all.
 */
final class GapSummary {

    private GapSummary() {}

    /** Whether any indicator could be computed (the ORP has population figures). */
    static boolean known(List<NetworkReport.RatioRow> ratios) {
        return ratios.stream().anyMatch(r -> r.orpPopulation() > 0);
    }

    static List<String> gaps(List<NetworkReport.RatioRow> ratios) {
        return ratios.stream()
                .filter(GapSummary::isGap)
                .map(r -> r.rule().messageKey())
                .toList();
    }

    static boolean isGap(NetworkReport.RatioRow r) {
        if (r.orpPopulation() <= 0 || r.countryRatio() == null) {
            return false;
        }
        return r.orpRatio() == null || r.orpCapacity() <= 0 || r.orpRatio() < r.countryRatio();
    }
}
