package cz.planovna.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of one question. Options and matrix rows one per line; {@code condition} is {@code
 * "<question id>:<choice>"} or empty; min and max as typed (checked by the service).
 */
public record QuestionForm(
        @NotNull(message = "{survey.validation.kind.required}")
        QuestionKind kind,

        @NotBlank(message = "{survey.validation.text.required}")
        @Size(max = SurveyQuestion.TEXT_MAX, message = "{survey.validation.text.long}")
        String text,

        @Size(max = SurveyQuestion.TEXT_MAX, message = "{survey.validation.help.long}")
        String help,

        Boolean required,

        @Size(max = SurveyQuestion.LIST_MAX, message = "{survey.validation.options.long}")
        String options,

        @Size(max = SurveyQuestion.LIST_MAX, message = "{survey.validation.rows.long}")
        String rows,

        String min,
        String max,
        String condition,
        long version) {

    static QuestionForm empty() {
        return new QuestionForm(QuestionKind.SINGLE, "", "", false, "", "", "", "", "", 0);
    }

    static QuestionForm of(QuestionDef q) {
        return new QuestionForm(
                q.kind(),
                q.text(),
                q.help() == null ? "" : q.help(),
                q.required(),
                String.join("\n", q.options()),
                String.join("\n", q.rows()),
                q.min() == null ? "" : q.min().toString(),
                q.max() == null ? "" : q.max().toString(),
                q.conditional() ? q.conditionQuestionId() + ":" + q.conditionChoice() : "",
                q.version());
    }

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }
}
