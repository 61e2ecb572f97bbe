package cz.planovna.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of settling a comment and of publishing the settlement table, without the database:
 * what the coordinator may do in which state of the consultation and what a settlement must
 * contain. Each problem names the form field it belongs to (null: the whole form) and a message key.
 */
final class SettlementRules {

    static final int REASONING_MAX = 4000;

    private SettlementRules() {}

    /** A problem with a submitted settlement: the form field (null for the whole form) and message key. */
    record Problem(String field, String messageKey) {}

    /**
     * @param state the consultation's state today
     * @param alreadySettled whether the comment has an outcome already
     * @param change whether the coordinator explicitly asked to change an existing settlement
     * @param outcome the outcome chosen (null: none, or a value that is not an outcome)
     * @param changedNodeId the plan item the comment changed (may be null)
     * @param planNodeIds the items of the consultation's plan that may be named
     */
    static List<Problem> settle(
            ConsultationState state,
            boolean alreadySettled,
            boolean change,
            CommentOutcome outcome,
            String reasoning,
            Long changedNodeId,
            Set<Long> planNodeIds) {
        List<Problem> problems = new ArrayList<>();
        if (state == ConsultationState.PREPARED || state == ConsultationState.OPEN) {
            problems.add(new Problem(null, "consultation.settlement.error.notClosed"));
            return problems;
        }
        if (alreadySettled && !change) {
            problems.add(new Problem(null, "consultation.settlement.error.alreadySettled"));
        }
        if (outcome == null) {
            problems.add(new Problem("outcome", "consultation.settlement.error.outcome"));
        }
        String text = reasoning == null ? "" : reasoning.strip();
        if (text.isEmpty() && outcome != null && needsReasoning(outcome)) {
            problems.add(new Problem("reasoning", "consultation.settlement.error.reasoning.required"));
        }
        if (text.length() > REASONING_MAX) {
            problems.add(new Problem("reasoning", "consultation.settlement.error.reasoning.long"));
        }
        if (changedNodeId != null && !planNodeIds.contains(changedNodeId)) {
            problems.add(new Problem("changedNodeId", "consultation.settlement.error.node"));
        }
        return problems;
    }

    /** The outcome in words. */
    static String outcomeKey(CommentOutcome outcome) {
        return outcome.messageKey();
    }

    /** Every outcome but "taken note of" must say why. */
    static boolean needsReasoning(CommentOutcome outcome) {
        return outcome != CommentOutcome.NOTED;
    }

    /**
     * Why the table cannot be published now (a message key), or null when it can: only after the
     * closing date and only when no comment is left unsettled (the count goes with the message).
     */
    static String publish(ConsultationState state, long unsettled) {
        if (state == ConsultationState.PREPARED || state == ConsultationState.OPEN) {
            return "consultation.settlement.error.notClosed";
        }
        if (unsettled > 0) {
            return "consultation.settlement.error.unsettled";
        }
        return null;
    }
}
