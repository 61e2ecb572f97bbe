package cz.planovna.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/** The forms of the evaluation pages, separate from the entity. */
final class EvaluationForms {

    static final int SUMMARY_MAX = 8000;
    static final int TEXT_MAX = 4000;

    private EvaluationForms() {}

    /** A new evaluation: its kind and, for a yearly one, the year. */
    record NewEvaluationForm(
            @NotNull(message = "{evaluation.validation.kind.required}")
            EvaluationKind kind,

            @Min(value = 2000, message = "{evaluation.validation.year.range}")
            @Max(value = 2100, message = "{evaluation.validation.year.range}")
            Integer year) {

        static NewEvaluationForm empty() {
            return new NewEvaluationForm(EvaluationKind.YEARLY, null);
        }

        void validate(Errors errors) {
            if (kind == EvaluationKind.YEARLY && year == null && !errors.hasFieldErrors("year")) {
                errors.rejectValue("year", "evaluation.validation.year.required");
            }
        }
    }

    /**
     * The coordinator's texts: summary, conclusions by priority id (keys are the ids as text,
     * fields {@code conclusions[id]}) and the evaluation of the process.
     */
    record EvaluationEditForm(
            @Size(max = SUMMARY_MAX, message = "{evaluation.validation.text.long}")
            String summary,

            Map<String, String> conclusions,

            @Size(max = TEXT_MAX, message = "{evaluation.validation.text.long}")
            String strengths,

            @Size(max = TEXT_MAX, message = "{evaluation.validation.text.long}")
            String weaknesses,

            @Min(value = 1, message = "{evaluation.validation.satisfaction}")
            @Max(value = 5, message = "{evaluation.validation.satisfaction}")
            Integer satisfaction,

            @Min(value = 0, message = "{evaluation.validation.participants}")
            @Max(value = 100000, message = "{evaluation.validation.participants}")
            Integer participants,

            @Size(max = TEXT_MAX, message = "{evaluation.validation.text.long}")
            String recommendations,

            long version) {

        EvaluationEditForm {
            conclusions = conclusions == null ? new HashMap<>() : new HashMap<>(conclusions);
        }

        static EvaluationEditForm of(EvaluationView e) {
            Map<String, String> texts = new HashMap<>();
            e.conclusions().forEach((id, text) -> texts.put(String.valueOf(id), text));
            ProcessEvaluation p = e.process();
            return new EvaluationEditForm(
                    e.summary(),
                    texts,
                    p.strengths(),
                    p.weaknesses(),
                    p.satisfaction(),
                    p.participants(),
                    p.recommendations(),
                    e.version());
        }

        public String conclusion(long priorityId) {
            return conclusions.get(String.valueOf(priorityId));
        }

        /** Conclusions by priority id; keys that are not numbers are ignored. */
        Map<Long, String> conclusionsById() {
            Map<Long, String> byId = new HashMap<>();
            conclusions.forEach((key, text) -> {
                try {
                    byId.put(Long.parseLong(key.strip()), text);
                } catch (NumberFormatException e) {
                    // not a priority of this form
                }
            });
            return byId;
        }

        ProcessEvaluation process() {
            return new ProcessEvaluation(strengths, weaknesses, satisfaction, participants, recommendations);
        }

        void validate(Errors errors) {
            for (var entry : conclusions.entrySet()) {
                if (entry.getValue() != null && entry.getValue().length() > TEXT_MAX) {
                    errors.rejectValue("conclusions", "evaluation.validation.conclusion.long");
                    return;
                }
            }
        }
    }
}
