package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GrantPeriodFormTest {

    static final LocalDate START = LocalDate.of(2018, 3, 1);
    static final LocalDate END = LocalDate.of(2020, 2, 29);

    @Test
    void blankFieldsMeanTheWholeProject() {
        var result = new GrantPeriodForm(null, " ").check(START, END);
        assertThat(result.valid()).isTrue();
        assertThat(result.from()).isEqualTo(START);
        assertThat(result.to()).isEqualTo(END);
    }

    @Test
    void isoAndCzechDatesAreRead() {
        var result = new GrantPeriodForm("2019-01-01", "30. 6. 2019").check(START, END);
        assertThat(result.from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(result.to()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void notADateIsAFieldErrorWithWhatWasTyped() {
        var result = new GrantPeriodForm("31. 2. 2019", "zítra").check(START, END);
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).containsOnlyKeys("od", "do");
        assertThat(result.errors().get("od").key()).isEqualTo("monitoring.grant.period.invalid");
        assertThat(result.errors().get("do").args()).containsExactly("zítra");
    }

    @Test
    void theEndBeforeTheStartIsRefused() {
        var result = new GrantPeriodForm("2019-06-30", "2019-01-01").check(START, END);
        assertThat(result.errors()).containsOnlyKeys("do");
        assertThat(result.errors().get("do").key()).isEqualTo("monitoring.grant.period.order");
    }

    @Test
    void datesOutsideTheProjectAreRefused() {
        var result = new GrantPeriodForm("2018-02-28", "2020-03-01").check(START, END);
        assertThat(result.errors()).containsOnlyKeys("od", "do");
        assertThat(result.errors().get("od").key()).isEqualTo("monitoring.grant.period.outside");
        assertThat(result.errors().get("od").args()).containsExactly(START, END);
        // the edges themselves are inside
        assertThat(new GrantPeriodForm("2018-03-01", "2020-02-29")
                        .check(START, END)
                        .valid())
                .isTrue();
    }
}
