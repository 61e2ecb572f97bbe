package cz.planovna.strategy;

import java.math.BigDecimal;
import java.util.SortedMap;

/** An indicator of a measure with its targets by year. */
public record IndicatorView(
        Long id, String name, String unit, BigDecimal baseline, SortedMap<Integer, BigDecimal> targets) {

    public BigDecimal target(int year) {
        return targets.get(year);
    }
}
