package cz.planovna.survey;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A respondent's submitted form, read and checked: the values to store (only of visible questions),
 * problems per question id, what was typed (to show the form again, nothing lost) and which
 * questions the display conditions show.
 */
record AnswerSheet(
        List<AnswerValue> values, Map<Long, Problem> problems, Map<String, List<String>> raw, Set<Long> visible) {

    boolean valid() {
        return problems.isEmpty();
    }
}
