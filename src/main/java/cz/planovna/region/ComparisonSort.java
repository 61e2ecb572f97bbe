package cz.planovna.region;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** Columns the comparison can be sorted by; {@code param} is the URL value. */
public enum ComparisonSort {
    NAME("nazev"),
    STATE("stav"),
    PERIOD("obdobi"),
    MEASURES("opatreni"),
    COST("naklady"),
    COST_YEAR("rok"),
    POPULATION("obyvatele"),
    GAPS("mezery");

    private final String param;

    ComparisonSort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The column's header (the year column takes the year as its argument). */
    public String columnKey() {
        return switch (this) {
            case NAME -> "region.col.orp";
            case STATE -> "region.col.state";
            case PERIOD -> "region.col.period";
            case MEASURES -> "region.col.measures";
            case COST -> "region.col.cost";
            case COST_YEAR -> "region.col.costYear";
            case POPULATION -> "region.col.population";
            case GAPS -> "region.col.gaps";
        };
    }

    public boolean numeric() {
        return this != NAME && this != STATE && this != PERIOD && this != GAPS;
    }

    public static Optional<ComparisonSort> ofParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }

    /** The order of the rows; an ORP without the value (no plan, no figures) goes last either way. */
    Comparator<OrpComparison> comparator(boolean descending) {
        Comparator<OrpComparison> byName = cz.planovna.shared.text.CzechCollation.comparing(OrpComparison::name);
        Comparator<OrpComparison> primary = switch (this) {
            case NAME -> byName;
            case STATE ->
                nullsLast(o -> o.plan() == null ? null : o.plan().state().ordinal(), descending);
            case PERIOD -> nullsLast(o -> o.plan() == null ? null : o.plan().yearFrom(), descending);
            case MEASURES -> nullsLast(o -> o.plan() == null ? null : o.measures(), descending);
            case COST -> nullsLast(o -> o.plan() == null ? null : o.costTotal(), descending);
            case COST_YEAR -> nullsLast(o -> o.plan() == null ? null : o.costCurrentYear(), descending);
            case POPULATION -> nullsLast(OrpComparison::population, descending);
            case GAPS -> nullsLast(o -> o.gapsKnown() ? o.gaps().size() : null, descending);
        };
        if (this == NAME) {
            return descending ? byName.reversed() : byName;
        }
        return primary.thenComparing(byName);
    }

    private static <T extends Comparable<T>> Comparator<OrpComparison> nullsLast(
            Function<OrpComparison, T> key, boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }
}
