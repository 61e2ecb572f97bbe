package cz.planovna.analysis;

/** Helpers shared by the SVG charts. */
final class Charts {

    private Charts() {}

    /**
     * A "nice" axis for values up to {@code max}: {step, count} with step 1, 2 or 5 × 10ⁿ and
     * step × count ≥ max, using about {@code ticks} steps.
     */
    static long[] niceScale(long max, int ticks) {
        if (max <= 0) {
            return new long[] {1, ticks};
        }
        double raw = (double) max / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        long step = Math.max(1, Math.round(nice * magnitude));
        long count = (max + step - 1) / step;
        return new long[] {step, count};
    }
}
