package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.FormRejectedException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The state machine of a plan and its span rules. */
class PlanStateTest {

    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    static StrategicPlan plan() {
        return new StrategicPlan(TerritoryRef.district(3101, 3034), "Plán", 2020, 2022, "Vize", NOW);
    }

    @Test
    void onlyTheListedTransitionsAreAllowed() {
        assertThat(PlanState.DRAFT.next()).containsExactly(PlanState.PUBLIC_COMMENTING);
        assertThat(PlanState.PUBLIC_COMMENTING.next()).containsExactlyInAnyOrder(PlanState.DRAFT, PlanState.APPROVED);
        assertThat(PlanState.APPROVED.next()).containsExactly(PlanState.IN_FORCE);
        assertThat(PlanState.IN_FORCE.next()).containsExactly(PlanState.EVALUATED);
        assertThat(PlanState.EVALUATED.next()).isEmpty();
        for (PlanState from : PlanState.values()) {
            assertThat(from.mayBecome(from)).isFalse();
        }
    }

    @Test
    void aDraftCannotBeApprovedWithoutPublicCommenting() {
        StrategicPlan plan = plan();
        assertThatThrownBy(() ->
                        plan.moveTo(PlanState.APPROVED, "Zastupitelstvo", LocalDate.of(2019, 12, 1), "1/2019", NOW))
                .isInstanceOf(FormRejectedException.class)
                .hasMessage("strategy.validation.transition");
        assertThat(plan.state()).isEqualTo(PlanState.DRAFT);
    }

    @Test
    void approvalRecordsWhoWhenAndTheResolution() {
        StrategicPlan plan = plan();
        plan.moveTo(PlanState.PUBLIC_COMMENTING, null, null, null, NOW);
        assertThatThrownBy(() -> plan.moveTo(PlanState.APPROVED, " ", LocalDate.of(2019, 12, 1), "1/2019", NOW))
                .isInstanceOf(FormRejectedException.class)
                .hasMessage("strategy.validation.approvedBy.required");
        assertThatThrownBy(() -> plan.moveTo(PlanState.APPROVED, "Zastupitelstvo", null, "1/2019", NOW))
                .hasMessage("strategy.validation.approvedOn.required");
        assertThatThrownBy(() -> plan.moveTo(PlanState.APPROVED, "Zastupitelstvo", LocalDate.of(2019, 12, 1), "", NOW))
                .hasMessage("strategy.validation.resolution.required");

        plan.moveTo(PlanState.APPROVED, " Zastupitelstvo města Blatná ", LocalDate.of(2019, 12, 12), "ZM/9/2019", NOW);

        PlanSummary s = plan.toSummary();
        assertThat(s.state()).isEqualTo(PlanState.APPROVED);
        assertThat(s.approvedBy()).isEqualTo("Zastupitelstvo města Blatná");
        assertThat(s.approvedOn()).isEqualTo(LocalDate.of(2019, 12, 12));
        assertThat(s.resolution()).isEqualTo("ZM/9/2019");
    }

    @Test
    void editsOfAnAdoptedPlanNeedAnOpenAmendment() {
        assertThat(StrategyService.editable(PlanState.DRAFT, false)).isTrue();
        assertThat(StrategyService.editable(PlanState.PUBLIC_COMMENTING, false)).isTrue();
        assertThat(StrategyService.editable(PlanState.APPROVED, false)).isFalse();
        assertThat(StrategyService.editable(PlanState.APPROVED, true)).isTrue();
        assertThat(StrategyService.editable(PlanState.IN_FORCE, true)).isTrue();
        assertThat(StrategyService.editable(PlanState.EVALUATED, true)).isFalse();
        assertThat(PlanState.PUBLIC_COMMENTING.isPublic()).isTrue();
        assertThat(PlanState.DRAFT.isPublic()).isFalse();
    }

    @Test
    void theSpanRunsForwardsAndAtMostTenYears() {
        assertThatThrownBy(() -> StrategicPlan.checkSpan(2022, 2020)).hasMessage("strategy.validation.plan.span.order");
        assertThatThrownBy(() -> StrategicPlan.checkSpan(2020, 2030)).hasMessage("strategy.validation.plan.span.long");
        StrategicPlan.checkSpan(2020, 2029);
        StrategicPlan.checkSpan(2020, 2020);
    }

    @Test
    void amountsAreReadAsPeopleTypeThem() {
        assertThat(StrategyForms.amount("1 793 475")).contains(1_793_475L);
        assertThat(StrategyForms.amount("1\u00a0793\u00a0475 Kč")).contains(1_793_475L);
        assertThat(StrategyForms.amount("")).contains(0L);
        assertThat(StrategyForms.amount("-5")).isEmpty();
        assertThat(StrategyForms.amount("12,50")).isEmpty();
        assertThat(StrategyForms.amount("abc")).isEmpty();
        assertThat(StrategyForms.decimal("12,5")).contains(new java.math.BigDecimal("12.5"));
        assertThat(StrategyForms.date("12. 12. 2019")).contains(LocalDate.of(2019, 12, 12));
        assertThat(StrategyForms.date("2019-12-12")).contains(LocalDate.of(2019, 12, 12));
        assertThat(StrategyForms.date("31. 2. 2019")).isEmpty();
    }
}
