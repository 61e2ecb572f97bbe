package cz.planovna.analysis;

/**
 * Classes of the needs-gap map: the capacity reaching an obec per 1,000 inhabitants of the relevant
 * age compared with the benchmark (the country's ratio). Each class has its own pattern on the map
 * and its number in the legend and the table, so colour is never the only cue.
 */
public enum GapClass {
    /** People of the age live there, no capacity reaches the obec. */
    NONE(1),
    /** Below half of the benchmark. */
    LOW(2),
    /** Half of the benchmark up to just below it. */
    PARTIAL(3),
    /** At or above the benchmark. */
    MET(4),
    /** No population figures, or nobody of the age. */
    NO_DATA(5);

    static final double LOW_LIMIT = 50;
    static final double MET_LIMIT = 100;

    private final int number;

    GapClass(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String cssClass() {
        return "gap-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "analysis.gap.class." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param demand people of the relevant age, null without figures
     * @param index capacity ratio as % of the benchmark, null without a benchmark
     */
    static GapClass of(Long demand, double capacity, Double index) {
        if (demand == null || demand == 0) {
            return NO_DATA;
        }
        if (capacity <= 0) {
            return NONE;
        }
        if (index == null) {
            return NO_DATA;
        }
        if (index < LOW_LIMIT) {
            return LOW;
        }
        return index < MET_LIMIT ? PARTIAL : MET;
    }
}
