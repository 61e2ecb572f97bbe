package cz.planovna.survey;

import java.util.List;
import java.util.Map;

/**
 * What the answering page shows: the survey, its questions, the values to prefill (as typed, by
 * field name), problems per question, and where the form posts. {@code preview} disables sending.
 */
public record AnswerForm(
        SurveyView survey,
        List<QuestionDef> questions,
        Map<String, List<String>> values,
        Map<Long, Problem> problems,
        String action,
        boolean preview,
        String resumeLink) {

    public boolean has(String field, Object value) {
        List<String> v = values.get(field);
        return v != null && v.contains(String.valueOf(value));
    }

    public String value(String field) {
        List<String> v = values.get(field);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    public Problem problem(long questionId) {
        return problems.get(questionId);
    }

    /** The question a condition refers to, for the hint next to a conditional question. */
    public QuestionDef question(Long id) {
        return id == null
                ? null
                : questions.stream().filter(q -> q.id() == id).findFirst().orElse(null);
    }
}
