package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitRuleTest {

    @Test
    void rulesComeFromTheUnitText() {
        assertThat(UnitRule.of("%")).isEqualTo(UnitRule.PERCENT);
        assertThat(UnitRule.of("procenta")).isEqualTo(UnitRule.PERCENT);
        assertThat(UnitRule.of("osob")).isEqualTo(UnitRule.WHOLE);
        assertThat(UnitRule.of("lůžek")).isEqualTo(UnitRule.WHOLE);
        assertThat(UnitRule.of("Kč")).isEqualTo(UnitRule.WHOLE);
        assertThat(UnitRule.of("hodin týdně")).isEqualTo(UnitRule.DECIMAL);
        assertThat(UnitRule.of("průměrná doba v dnech")).isEqualTo(UnitRule.DECIMAL);
    }

    @Test
    void czechNumbersAreRead() {
        assertThat(UnitRule.WHOLE.parse("1 250")).isEqualByComparingTo("1250");
        assertThat(UnitRule.DECIMAL.parse("12,5")).isEqualByComparingTo("12.5");
        assertThat(UnitRule.PERCENT.parse("99.5")).isEqualByComparingTo("99.5");
        assertThat(UnitRule.WHOLE.parse("12,0")).isEqualByComparingTo("12");
        assertThat(UnitRule.WHOLE.parse("  ")).isNull();
    }

    @Test
    void wrongValuesSayWhy() {
        assertThatThrownBy(() -> UnitRule.PERCENT.parse("101")).hasMessage("monitoring.validation.actual.percent");
        assertThatThrownBy(() -> UnitRule.WHOLE.parse("-3")).hasMessage("monitoring.validation.actual.negative");
        assertThatThrownBy(() -> UnitRule.WHOLE.parse("2,5")).hasMessage("monitoring.validation.actual.whole");
        assertThatThrownBy(() -> UnitRule.DECIMAL.parse("hodně")).hasMessage("monitoring.validation.actual.number");
        assertThatThrownBy(() -> UnitRule.DECIMAL.parse("1,23456")).hasMessage("monitoring.validation.actual.decimals");
    }

    @Test
    void amountsAreWholeCrownsUpToOneBillion() {
        assertThat(MonitoringService.amountError("1 000 000 000")).isNull();
        assertThat(MonitoringService.amountError("125 000 Kč")).isNull();
        assertThat(MonitoringService.amountError("")).isNull();
        assertThat(MonitoringService.amountError("1000000001")).isEqualTo("monitoring.validation.amount.large");
        assertThat(MonitoringService.amountError("-5")).isEqualTo("monitoring.validation.amount.negative");
        assertThat(MonitoringService.amountError("12,50")).isEqualTo("monitoring.validation.amount.whole");
        assertThat(MonitoringService.amountError("tisíc")).isEqualTo("monitoring.validation.amount.number");
        assertThat(MonitoringService.amount("125 000 Kč")).isEqualTo(125_000L);
    }
}
