package cz.planovna.monitoring;

import cz.planovna.strategy.FundingSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation document is built from, independent of where it comes from: the plan, the
 * years covered (one for a yearly evaluation, all monitored years of the span for a final one) and
 * the plan's tree with the monitoring figures; states, comments and fulfilment are those of
 * {@code stateYear}, the last year covered that has any monitoring. Fulfilment is a percentage (may be null: nothing
 * measured); money is in whole crowns, summed over the years covered.
 */
record EvaluationInput(
        String orpName,
        String planTitle,
        int yearFrom,
        int yearTo,
        List<Integer> years,
        int stateYear,
        BigDecimal fulfilment,
        List<PriorityInput> priorities) {

    record PriorityInput(long id, String label, BigDecimal fulfilment, List<GoalInput> goals) {}

    record GoalInput(String label, BigDecimal fulfilment, List<MeasureInput> measures) {}

    /** {@code stateKey} is the message key of the measure's state in the last year covered. */
    record MeasureInput(
            String label,
            String stateKey,
            BigDecimal fulfilment,
            String comment,
            List<MoneyLine> money,
            List<IndicatorInput> indicators) {}

    record MoneyLine(FundingSource source, long planned, long spent) {}

    /** Actual values by year (years without a value are missing from the map). */
    record IndicatorInput(
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            Map<Integer, BigDecimal> actuals,
            BigDecimal fulfilment) {}
}
