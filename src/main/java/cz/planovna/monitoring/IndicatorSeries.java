package cz.planovna.monitoring;

import java.math.BigDecimal;
import java.util.List;

/** An indicator over the plan's years: baseline, and per year the target and the actual. */
public record IndicatorSeries(
        long indicatorId,
        long measureId,
        String measureNumber,
        String name,
        String unit,
        BigDecimal baseline,
        List<Point> points) {

    /** One year; target and actual may be null (not set, not yet measured). */
    public record Point(int year, BigDecimal target, BigDecimal actual, Fulfilment fulfilment) {}
}
