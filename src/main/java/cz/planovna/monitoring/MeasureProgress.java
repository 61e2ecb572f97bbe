package cz.planovna.monitoring;

import java.util.List;

/**
 * A measure in a year: state and comment as recorded ({@code recorded} false = nothing entered yet,
 * state NOT_STARTED), money planned against spent (its own and its activities' spending), its
 * activities and indicators, and its fulfilment.
 */
public record MeasureProgress(
        long nodeId,
        String number,
        String title,
        ItemState state,
        String comment,
        Money money,
        List<ActivityProgress> activities,
        List<IndicatorProgress> indicators,
        Fulfilment fulfilment,
        boolean recorded) {}
