package cz.planovna.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The geometry of an indicator's trend chart, drawn as inline SVG by the template: years along x,
 * values up y from zero; the baseline a dotted line, targets a dashed line with squares, actuals a
 * solid line with circles (so the series differ by shape, not only colour). Coordinates in SVG
 * user units of a {@link #WIDTH} × {@link #HEIGHT} view box.
 */
record TrendChart(
        IndicatorSeries series,
        List<Tick> ticks,
        List<YearMark> years,
        Double baselineY,
        List<Mark> targets,
        List<Mark> actuals,
        String targetPath,
        String actualPath) {

    static final int WIDTH = 560;
    static final int HEIGHT = 240;
    static final int LEFT = 70;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    record Tick(double y, BigDecimal value) {}

    record YearMark(double x, int year) {}

    record Mark(double x, double y, int year, BigDecimal value) {}

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int top() {
        return TOP;
    }

    public boolean hasActuals() {
        return !actuals.isEmpty();
    }

    static TrendChart of(IndicatorSeries series) {
        BigDecimal max = Stream.concat(
                        Stream.of(series.baseline()),
                        series.points().stream().flatMap(p -> Stream.of(p.target(), p.actual())))
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        BigDecimal step = niceStep(max);
        BigDecimal top = step.multiply(BigDecimal.valueOf(4));
        while (top.compareTo(max) < 0) {
            top = top.add(step);
        }
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal v = BigDecimal.ZERO; v.compareTo(top) <= 0; v = v.add(step)) {
            ticks.add(new Tick(y(v, top), v.stripTrailingZeros()));
        }
        int n = series.points().size();
        double span = WIDTH - LEFT - RIGHT - 40;
        List<YearMark> years = new ArrayList<>();
        List<Mark> targets = new ArrayList<>();
        List<Mark> actuals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndicatorSeries.Point p = series.points().get(i);
            double x = round(LEFT + 20 + (n == 1 ? span / 2 : span * i / (n - 1)));
            years.add(new YearMark(x, p.year()));
            if (p.target() != null) {
                targets.add(new Mark(x, y(p.target(), top), p.year(), p.target()));
            }
            if (p.actual() != null) {
                actuals.add(new Mark(x, y(p.actual(), top), p.year(), p.actual()));
            }
        }
        return new TrendChart(
                series,
                ticks,
                years,
                series.baseline() == null ? null : y(series.baseline(), top),
                targets,
                actuals,
                path(targets),
                path(actuals));
    }

    private static String path(List<Mark> marks) {
        if (marks.size() < 2) {
            return null;
        }
        return marks.stream().map(m -> m.x() + "," + m.y()).collect(Collectors.joining(" "));
    }

    private static double y(BigDecimal value, BigDecimal top) {
        double plot = HEIGHT - TOP - BOTTOM;
        double ratio = top.signum() == 0 ? 0 : value.doubleValue() / top.doubleValue();
        return round(HEIGHT - BOTTOM - plot * ratio);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A step of 1, 2 or 5 × 10^k so that four steps reach at least {@code max}. */
    static BigDecimal niceStep(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal raw = max.divide(BigDecimal.valueOf(4), 10, RoundingMode.HALF_UP);
        BigDecimal magnitude = BigDecimal.ONE.movePointRight(raw.precision() - raw.scale() - 1);
        for (int f : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = magnitude.multiply(BigDecimal.valueOf(f));
            if (candidate.compareTo(raw) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return magnitude.multiply(BigDecimal.TEN);
    }
}
