package cz.planovna.survey;

import java.util.List;

/**
 * A question as respondents, rules and statistics see it. {@code number} is its number among the
 * answerable questions (Q1, Q2, …; sections have none). Yes/no questions have two choices: 0 yes,
 * 1 no.
 */
public record QuestionDef(
        long id,
        int position,
        int number,
        QuestionKind kind,
        String text,
        String help,
        boolean required,
        List<String> options,
        List<String> rows,
        Integer min,
        Integer max,
        Long conditionQuestionId,
        Integer conditionChoice,
        long version) {

    public QuestionDef {
        options = List.copyOf(options);
        rows = List.copyOf(rows);
    }

    /** How many choices an answer may pick from (yes/no has two). */
    public int choiceCount() {
        return kind == QuestionKind.YES_NO ? 2 : options.size();
    }

    /** Labels of the choices; yes/no questions have "#yes" and "#no", which pages translate. */
    public List<String> choiceLabels() {
        return kind == QuestionKind.YES_NO ? List.of("#yes", "#no") : options;
    }

    public boolean conditional() {
        return conditionQuestionId != null;
    }

    public String field() {
        return "q" + id;
    }

    public String rowField(int row) {
        return "q" + id + "_r" + row;
    }

    public String optionField(int option) {
        return "q" + id + "_o" + option;
    }
}
