package cz.planovna.monitoring;

import java.math.BigDecimal;

/** An indicator of a measure in a year: its baseline, the year's target and actual, fulfilment. */
public record IndicatorProgress(
        long indicatorId,
        String name,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal actual,
        Fulfilment fulfilment) {}
