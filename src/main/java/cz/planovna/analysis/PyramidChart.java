package cz.planovna.analysis;

import java.util.List;

/**
 * Geometry of the age pyramid as SVG (viewBox {@code 0 0 WIDTH height}): men to the left of the
 * age labels, women to the right, oldest band on top; ticks on the axis below.
 */
public record PyramidChart(int height, List<Bar> bars, List<Tick> ticks, int axisY) {

    public static final int WIDTH = 720;
    static final int CENTER_LEFT = 325;
    static final int CENTER_RIGHT = 395;
    static final int MAX_BAR = 300;
    static final int TOP = 36;
    static final int ROW = 20;

    public record Bar(String label, long men, long women, int y, int menX, int menWidth, int womenWidth, int textY) {}

    /** A tick on both halves: the same number of people at {@code leftX} and {@code rightX}. */
    public record Tick(long value, int leftX, int rightX) {}

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    public int menTitleX() {
        return CENTER_LEFT - MAX_BAR / 2;
    }

    public int womenTitleX() {
        return CENTER_RIGHT + MAX_BAR / 2;
    }

    public int centerX() {
        return (CENTER_LEFT + CENTER_RIGHT) / 2;
    }

    public int centerLeft() {
        return CENTER_LEFT;
    }

    public int centerRight() {
        return CENTER_RIGHT;
    }

    static PyramidChart of(List<PyramidBand> bands) {
        long max = bands.stream()
                .mapToLong(b -> Math.max(b.men(), b.women()))
                .max()
                .orElse(0);
        long[] scale = Charts.niceScale(max, 3);
        long top = scale[0] * scale[1];
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            PyramidBand band = bands.get(bands.size() - 1 - i);
            int y = TOP + i * ROW;
            int men = width(band.men(), top);
            int women = width(band.women(), top);
            bars.add(new Bar(band.label(), band.men(), band.women(), y + 2, CENTER_LEFT - men, men, women, y + 15));
        }
        int axisY = TOP + bands.size() * ROW + 4;
        List<Tick> ticks = new java.util.ArrayList<>();
        for (int i = 0; i <= scale[1]; i++) {
            long value = scale[0] * i;
            int offset = width(value, top);
            ticks.add(new Tick(value, CENTER_LEFT - offset, CENTER_RIGHT + offset));
        }
        return new PyramidChart(axisY + 24, bars, ticks, axisY);
    }

    private static int width(long value, long top) {
        return top == 0 ? 0 : (int) Math.round(value * (double) MAX_BAR / top);
    }
}
