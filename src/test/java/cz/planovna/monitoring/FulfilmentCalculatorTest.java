package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fulfilment with values computed by hand. */
class FulfilmentCalculatorTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Fulfilment f(String percent) {
        return Fulfilment.of(d(percent));
    }

    @Test
    void indicatorWithBaselineCountsTheWayFromBaselineToTarget() {
        // (99 − 95) / (100 − 95) × 100 = 80
        assertThat(FulfilmentCalculator.indicator(d("95"), d("100"), d("99")).display())
                .isEqualByComparingTo("80.0");
        // (14 − 12) / (15 − 12) × 100 = 66.666… → 66.7
        assertThat(FulfilmentCalculator.indicator(d("12"), d("15"), d("14")).display())
                .isEqualByComparingTo("66.7");
    }

    @Test
    void reductionTargetUsesTheSameFormulaSignIncluded() {
        // waiting list 40 → 20; actual 30: (30 − 40) / (20 − 40) × 100 = 50
        assertThat(FulfilmentCalculator.indicator(d("40"), d("20"), d("30")).display())
                .isEqualByComparingTo("50.0");
        // the list grew to 45: (45 − 40) / (20 − 40) = −25 % → clamped to 0
        assertThat(FulfilmentCalculator.indicator(d("40"), d("20"), d("45")).display())
                .isEqualByComparingTo("0.0");
        // below the target, 15: (15 − 40) / (20 − 40) = 125 % → clamped to 100
        assertThat(FulfilmentCalculator.indicator(d("40"), d("20"), d("15")).display())
                .isEqualByComparingTo("100.0");
    }

    @Test
    void withoutBaselineOrWithTargetEqualToBaselineActualOverTarget() {
        // no baseline: 3 / 10 × 100 = 30
        assertThat(FulfilmentCalculator.indicator(null, d("10"), d("3")).display())
                .isEqualByComparingTo("30.0");
        // keep the capacity 104: target = baseline → 100 / 104 × 100 = 96.153… → 96.2
        assertThat(FulfilmentCalculator.indicator(d("104"), d("104"), d("100")).display())
                .isEqualByComparingTo("96.2");
        // over the target is still 100
        assertThat(FulfilmentCalculator.indicator(null, d("10"), d("12")).display())
                .isEqualByComparingTo("100.0");
    }

    @Test
    void noActualNoTargetOrZeroTargetIsNotMeasurable() {
        assertThat(FulfilmentCalculator.indicator(d("1"), d("5"), null).measurable())
                .isFalse();
        assertThat(FulfilmentCalculator.indicator(d("1"), null, d("3")).measurable())
                .isFalse();
        assertThat(FulfilmentCalculator.indicator(null, d("0"), d("3")).measurable())
                .isFalse();
        assertThat(FulfilmentCalculator.indicator(d("0"), d("0"), d("0")).level())
                .isEqualTo(Fulfilment.Level.UNKNOWN);
    }

    @Test
    void measureAveragesItsMeasurableIndicators() {
        // (80 + 66.666…) / 2 = 73.333… → 73.3; the unknown one is skipped
        Fulfilment m = FulfilmentCalculator.measure(
                ItemState.RUNNING,
                List.of(
                        FulfilmentCalculator.indicator(d("95"), d("100"), d("99")),
                        FulfilmentCalculator.indicator(d("12"), d("15"), d("14")),
                        Fulfilment.UNKNOWN));
        assertThat(m.display()).isEqualByComparingTo("73.3");
        assertThat(m.level()).isEqualTo(Fulfilment.Level.PARTLY);
    }

    @Test
    void measureWithoutMeasurableIndicatorsFollowsItsState() {
        assertThat(FulfilmentCalculator.measure(ItemState.DONE, List.of()).display())
                .isEqualByComparingTo("100.0");
        assertThat(FulfilmentCalculator.measure(ItemState.RUNNING, List.of(Fulfilment.UNKNOWN))
                        .display())
                .isEqualByComparingTo("50.0");
        assertThat(FulfilmentCalculator.measure(ItemState.NOT_STARTED, List.of())
                        .display())
                .isEqualByComparingTo("0.0");
        Fulfilment cancelled = FulfilmentCalculator.measure(ItemState.CANCELLED, List.of());
        assertThat(cancelled.excluded()).isTrue();
        assertThat(cancelled.measurable()).isFalse();
    }

    @Test
    void cancelledMeasuresAreLeftOutOfTheGoalAverage() {
        // goal: 80 and 100, the cancelled one skipped → 90
        Fulfilment goal = FulfilmentCalculator.average(
                List.of(f("80"), f("100"), FulfilmentCalculator.measure(ItemState.CANCELLED, List.of())));
        assertThat(goal.display()).isEqualByComparingTo("90.0");
        assertThat(goal.level()).isEqualTo(Fulfilment.Level.MET);
        // a goal with only a cancelled measure cannot be evaluated
        assertThat(FulfilmentCalculator.average(List.of(Fulfilment.EXCLUDED)).level())
                .isEqualTo(Fulfilment.Level.UNKNOWN);
    }

    @Test
    void roundingOnlyAtDisplayPriorityAndPlanAverageUnroundedValues() {
        // goals 33.333… and 66.666… → priority 50 exactly (rounding first would also give 50.0,
        // but 1/3 + 1/3 + 1/3 shows the difference): (33.333… × 3) / 3 = 33.333… → 33.3
        Fulfilment third = FulfilmentCalculator.indicator(null, d("3"), d("1"));
        Fulfilment twoThirds = FulfilmentCalculator.indicator(null, d("3"), d("2"));
        assertThat(FulfilmentCalculator.average(List.of(third, twoThirds)).display())
                .isEqualByComparingTo("50.0");
        // 0.05 + 0.1 → average 0.075 → display 0.1 (half up)
        assertThat(FulfilmentCalculator.average(List.of(f("0.05"), f("0.1"))).display())
                .isEqualByComparingTo("0.1");
    }

    @Test
    void levelsHaveTheirThresholds() {
        assertThat(f("90").level()).isEqualTo(Fulfilment.Level.MET);
        assertThat(f("89.96").level()).isEqualTo(Fulfilment.Level.MET); // shown as 90.0
        assertThat(f("89.9").level()).isEqualTo(Fulfilment.Level.PARTLY);
        assertThat(f("50").level()).isEqualTo(Fulfilment.Level.PARTLY);
        assertThat(f("49.9").level()).isEqualTo(Fulfilment.Level.NOT_MET);
        assertThat(f("0").level()).isEqualTo(Fulfilment.Level.NOT_MET);
        assertThat(Fulfilment.UNKNOWN.level()).isEqualTo(Fulfilment.Level.UNKNOWN);
    }
}
