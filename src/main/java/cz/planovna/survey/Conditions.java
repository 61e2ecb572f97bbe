package cz.planovna.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Display conditions: "show if the answer to an earlier closed question includes choice X". A
 * question is shown when it has no condition, or when the question it refers to is itself shown and
 * its answer includes the choice. Referring only backwards rules out cycles.
 */
final class Conditions {

    private Conditions() {}

    static boolean shown(QuestionDef q, Set<Long> visible, Map<Long, Set<Integer>> chosen) {
        if (!q.conditional()) {
            return true;
        }
        return visible.contains(q.conditionQuestionId())
                && chosen.getOrDefault(q.conditionQuestionId(), Set.of()).contains(q.conditionChoice());
    }

    /**
     * Why a condition of the question at {@code index} is not allowed, as a message key, or empty
     * when it is fine (or there is none).
     */
    static Optional<String> problem(List<QuestionDef> questions, int index, Long sourceId, Integer choice) {
        if (sourceId == null) {
            return Optional.empty();
        }
        for (int i = 0; i < index; i++) {
            QuestionDef earlier = questions.get(i);
            if (earlier.id() == sourceId) {
                if (!earlier.kind().closed()) {
                    return Optional.of("survey.validation.condition.notClosed");
                }
                if (choice == null || choice < 0 || choice >= earlier.choiceCount()) {
                    return Optional.of("survey.validation.condition.choice");
                }
                return Optional.empty();
            }
        }
        return Optional.of("survey.validation.condition.notEarlier");
    }

    /** Whether every condition still refers to an earlier closed question (after a move). */
    static boolean allValid(List<QuestionDef> ordered) {
        List<QuestionDef> list = new ArrayList<>(ordered);
        for (int i = 0; i < list.size(); i++) {
            QuestionDef q = list.get(i);
            if (problem(list, i, q.conditionQuestionId(), q.conditionChoice()).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
