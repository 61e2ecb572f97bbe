package cz.planovna.survey;

import java.util.List;

/** A checked question as the entity takes it. */
record QuestionSpec(
        QuestionKind kind,
        String text,
        String help,
        boolean required,
        List<String> options,
        List<String> rows,
        Integer min,
        Integer max,
        Long conditionQuestionId,
        Integer conditionChoice) {}
