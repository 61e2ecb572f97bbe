package cz.planovna.analysis;

import java.util.List;

/**
 * The demographic analysis of one ORP for one year: summary, pyramid, trend over all years with
 * data, projection of 65+ and 80+, and a page of the table of obce. {@code current} is null when
 * the ORP has no figures yet (then the lists are empty and the charts null).
 */
public record DemographicsReport(
        int districtCode,
        String districtName,
        int regionCode,
        String regionName,
        boolean synthetic,
        List<Integer> years,
        YearSummary current,
        List<PyramidBand> pyramid,
        List<YearSummary> trend,
        List<ProjectionPoint> projection,
        PyramidChart pyramidChart,
        TrendChart trendChart,
        ObecPage obce,
        int obceWithoutData) {

    public int projectionBaseYears() {
        return Math.min(Projection.BASE_YEARS, trend.size());
    }

    public boolean hasData() {
        return current != null;
    }
}
