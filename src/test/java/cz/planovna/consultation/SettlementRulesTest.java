package cz.planovna.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.consultation.SettlementRules.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettlementRulesTest {

    static final Set<Long> PLAN = Set.of(10L, 11L, 12L);

    @Test
    void aClosedCommentIsSettledWithOutcomeReasoningAndAnItemOfThePlan() {
        assertThat(SettlementRules.settle(
                        ConsultationState.CLOSED, false, false, CommentOutcome.ACCEPTED, "Doplněno.", 11L, PLAN))
                .isEmpty();
    }

    @Test
    void nothingIsSettledBeforeTheClosingDate() {
        for (ConsultationState early : List.of(ConsultationState.PREPARED, ConsultationState.OPEN)) {
            assertThat(SettlementRules.settle(early, false, false, CommentOutcome.ACCEPTED, "Ano.", null, PLAN))
                    .containsExactly(new Problem(null, "consultation.settlement.error.notClosed"));
        }
    }

    @Test
    void everyOutcomeButNotedNeedsAReasoning() {
        for (CommentOutcome o :
                List.of(CommentOutcome.ACCEPTED, CommentOutcome.PARTLY_ACCEPTED, CommentOutcome.NOT_ACCEPTED)) {
            assertThat(SettlementRules.settle(ConsultationState.CLOSED, false, false, o, "  \n ", null, PLAN))
                    .containsExactly(new Problem("reasoning", "consultation.settlement.error.reasoning.required"));
        }
        assertThat(SettlementRules.settle(
                        ConsultationState.CLOSED, false, false, CommentOutcome.NOTED, null, null, PLAN))
                .isEmpty();
    }

    @Test
    void theReasoningHasAtMost4000Characters() {
        assertThat(SettlementRules.settle(
                        ConsultationState.CLOSED, false, false, CommentOutcome.NOTED, "x".repeat(4000), null, PLAN))
                .isEmpty();
        assertThat(SettlementRules.settle(
                        ConsultationState.CLOSED, false, false, CommentOutcome.NOTED, "x".repeat(4001), null, PLAN))
                .containsExactly(new Problem("reasoning", "consultation.settlement.error.reasoning.long"));
    }

    @Test
    void theChangedItemMustBelongToThePlanAndTheOutcomeMustBeChosen() {
        assertThat(SettlementRules.settle(ConsultationState.CLOSED, false, false, null, "Text", 99L, PLAN))
                .containsExactly(
                        new Problem("outcome", "consultation.settlement.error.outcome"),
                        new Problem("changedNodeId", "consultation.settlement.error.node"));
    }

    @Test
    void settlingTwiceNeedsAnExplicitChange() {
        assertThat(SettlementRules.settle(
                        ConsultationState.CLOSED, true, false, CommentOutcome.NOT_ACCEPTED, "Ne.", null, PLAN))
                .containsExactly(new Problem(null, "consultation.settlement.error.alreadySettled"));
        assertThat(SettlementRules.settle(
                        ConsultationState.CLOSED, true, true, CommentOutcome.NOT_ACCEPTED, "Ne.", null, PLAN))
                .isEmpty();
        // after publishing, a settlement may still be changed on purpose
        assertThat(SettlementRules.settle(
                        ConsultationState.SETTLED, true, true, CommentOutcome.PARTLY_ACCEPTED, "Zčásti.", 12L, PLAN))
                .isEmpty();
    }

    @Test
    void theTableIsPublishedOnlyAfterClosingAndWhenNothingIsLeft() {
        assertThat(SettlementRules.publish(ConsultationState.OPEN, 0))
                .isEqualTo("consultation.settlement.error.notClosed");
        assertThat(SettlementRules.publish(ConsultationState.PREPARED, 0))
                .isEqualTo("consultation.settlement.error.notClosed");
        assertThat(SettlementRules.publish(ConsultationState.CLOSED, 3))
                .isEqualTo("consultation.settlement.error.unsettled");
        assertThat(SettlementRules.publish(ConsultationState.CLOSED, 0)).isNull();
        assertThat(SettlementRules.publish(ConsultationState.SETTLED, 0)).isNull();
    }
}
