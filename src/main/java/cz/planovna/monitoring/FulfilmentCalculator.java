package cz.planovna.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The fulfilment rules (documented in docs/architecture.md, section Monitoring). Pure: numbers in,
 * numbers out; nothing is rounded here (only {@link Fulfilment#display()} rounds).
 */
final class FulfilmentCalculator {

    private static final int SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FulfilmentCalculator() {}

    /**
     * (actual − baseline) / (target − baseline) × 100 when there is a baseline and the target
     * differs from it (a target below the baseline works the same, sign included); otherwise
     * actual / target × 100. Clamped to 0–100. Unknown without an actual or a target, or when the
     * target (with no usable baseline) is zero.
     */
    static Fulfilment indicator(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        if (actual == null || target == null) {
            return Fulfilment.UNKNOWN;
        }
        BigDecimal ratio;
        if (baseline != null && target.compareTo(baseline) != 0) {
            ratio = actual.subtract(baseline).divide(target.subtract(baseline), SCALE, RoundingMode.HALF_UP);
        } else if (target.signum() != 0) {
            ratio = actual.divide(target, SCALE, RoundingMode.HALF_UP);
        } else {
            return Fulfilment.UNKNOWN;
        }
        BigDecimal percent = ratio.multiply(HUNDRED);
        if (percent.signum() < 0) {
            percent = BigDecimal.ZERO;
        } else if (percent.compareTo(HUNDRED) > 0) {
            percent = HUNDRED;
        }
        return Fulfilment.of(percent);
    }

    /**
     * The average of the measurable indicator fulfilments; with none, from the state: done 100,
     * running 50, not started 0, cancelled excluded from the averages above.
     */
    static Fulfilment measure(ItemState state, List<Fulfilment> indicators) {
        Fulfilment average = average(indicators);
        if (average.measurable()) {
            return average;
        }
        return switch (state) {
            case DONE -> Fulfilment.of(HUNDRED);
            case RUNNING -> Fulfilment.of(BigDecimal.valueOf(50));
            case NOT_STARTED -> Fulfilment.of(BigDecimal.ZERO);
            case CANCELLED -> Fulfilment.EXCLUDED;
        };
    }

    /** The average of the measurable parts (goal of its measures, priority of its goals, plan of priorities). */
    static Fulfilment average(List<Fulfilment> parts) {
        List<BigDecimal> values = parts.stream()
                .filter(Objects::nonNull)
                .map(Fulfilment::percent)
                .filter(Objects::nonNull)
                .toList();
        if (values.isEmpty()) {
            return Fulfilment.UNKNOWN;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Fulfilment.of(sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP));
    }
}
