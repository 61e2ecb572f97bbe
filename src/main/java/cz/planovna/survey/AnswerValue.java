package cz.planovna.survey;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored value of an answer (a row of survey_answer). */
record AnswerValue(long questionId, int row, Integer choice, BigDecimal number, String text, LocalDate date) {

    static AnswerValue choice(long questionId, int row, int choice) {
        return new AnswerValue(questionId, row, choice, null, null, null);
    }

    static AnswerValue number(long questionId, BigDecimal number) {
        return new AnswerValue(questionId, 0, null, number, null, null);
    }

    static AnswerValue text(long questionId, String text) {
        return new AnswerValue(questionId, 0, null, null, text, null);
    }

    static AnswerValue date(long questionId, LocalDate date) {
        return new AnswerValue(questionId, 0, null, null, null, date);
    }
}
