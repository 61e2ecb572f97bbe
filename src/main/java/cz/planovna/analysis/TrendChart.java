package cz.planovna.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the line chart of people aged 65+ and 80+ over the years with data (solid lines)
 * and the projected years (dashed), as SVG in viewBox {@code 0 0 WIDTH HEIGHT}. 65+ is marked by
 * circles, 80+ by squares, and each line is labelled at its end, so colour is never the only cue.
 */
public record TrendChart(
        List<Point> seniors,
        List<Point> oldest,
        String seniorsLine,
        String oldestLine,
        String seniorsProjectionLine,
        String oldestProjectionLine,
        List<Label> years,
        List<ValueTick> values,
        int projectionX) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 320;
    static final int LEFT = 80;
    static final int RIGHT = 60;
    static final int TOP = 20;
    static final int BOTTOM = 40;

    public record Point(int x, int y, long value, int year, boolean projected) {}

    public record Label(String text, int x, int y) {}

    public record ValueTick(long value, int y) {}

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public Point lastSeniors() {
        return seniors.get(seniors.size() - 1);
    }

    public Point lastOldest() {
        return oldest.get(oldest.size() - 1);
    }

    static TrendChart of(List<YearSummary> trend, List<ProjectionPoint> projection) {
        List<Integer> years = new ArrayList<>();
        List<long[]> values = new ArrayList<>();
        trend.forEach(s -> {
            years.add(s.year());
            values.add(new long[] {s.seniors(), s.oldest()});
        });
        projection.forEach(p -> {
            years.add(p.year());
            values.add(new long[] {p.seniors(), p.oldest()});
        });
        long max = values.stream().mapToLong(v -> Math.max(v[0], v[1])).max().orElse(0);
        long[] scale = Charts.niceScale(max, 4);
        long top = scale[0] * scale[1];
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int n = years.size();
        List<Point> seniors = new ArrayList<>();
        List<Point> oldest = new ArrayList<>();
        List<Label> yearLabels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int x = LEFT + (n == 1 ? plotWidth / 2 : (int) Math.round(i * (double) plotWidth / (n - 1)));
            boolean projected = i >= trend.size();
            seniors.add(new Point(x, y(values.get(i)[0], top, plotHeight), values.get(i)[0], years.get(i), projected));
            oldest.add(new Point(x, y(values.get(i)[1], top, plotHeight), values.get(i)[1], years.get(i), projected));
            yearLabels.add(new Label(String.valueOf(years.get(i)), x, HEIGHT - BOTTOM + 20));
        }
        List<ValueTick> valueLabels = new ArrayList<>();
        for (int i = 0; i <= scale[1]; i++) {
            long value = scale[0] * i;
            valueLabels.add(new ValueTick(value, y(value, top, plotHeight)));
        }
        int actual = trend.size();
        return new TrendChart(
                seniors,
                oldest,
                line(seniors.subList(0, actual)),
                line(oldest.subList(0, actual)),
                projection.isEmpty() ? "" : line(seniors.subList(actual - 1, n)),
                projection.isEmpty() ? "" : line(oldest.subList(actual - 1, n)),
                yearLabels,
                valueLabels,
                projection.isEmpty() ? -1 : seniors.get(actual).x());
    }

    private static int y(long value, long top, int plotHeight) {
        return TOP + plotHeight - (top == 0 ? 0 : (int) Math.round(value * (double) plotHeight / top));
    }

    private static String line(List<Point> points) {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(p.x()).append(',').append(p.y());
        }
        return s.toString();
    }
}
