package cz.planovna.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Projection of the people aged 65+ and 80+: a straight line fitted by least squares through the
 * last {@value #BASE_YEARS} years with data (fewer if fewer exist, at least two), extended
 * {@value #HORIZON} years past the last one; negative values become zero.
 */
final class Projection {

    static final int BASE_YEARS = 5;
    static final int HORIZON = 5;

    private Projection() {}

    /** @param trend one summary per year, oldest first */
    static List<ProjectionPoint> of(List<YearSummary> trend) {
        if (trend.size() < 2) {
            return List.of();
        }
        List<YearSummary> base = trend.subList(Math.max(0, trend.size() - BASE_YEARS), trend.size());
        double[] x = base.stream().mapToDouble(YearSummary::year).toArray();
        double[] seniors = base.stream().mapToDouble(YearSummary::seniors).toArray();
        double[] oldest = base.stream().mapToDouble(YearSummary::oldest).toArray();
        int last = trend.get(trend.size() - 1).year();
        List<ProjectionPoint> points = new ArrayList<>();
        for (int year = last + 1; year <= last + HORIZON; year++) {
            points.add(new ProjectionPoint(year, at(x, seniors, year), at(x, oldest, year)));
        }
        return points;
    }

    /** Value of the least-squares line through (x, y) at {@code year}, rounded half up, at least 0. */
    static long at(double[] x, double[] y, int year) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= x.length;
        meanY /= x.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double value = meanY + slope * (year - meanX);
        return Math.max(
                0, BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).longValue());
    }
}
