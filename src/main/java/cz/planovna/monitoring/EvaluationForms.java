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

            String satisfaction,

            String participants,

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
                    p.satisfaction() == null ? "" : String.valueOf(p.satisfaction()),
                    p.participants() == null ? "" : String.valueOf(p.participants()),
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

        /** Call after {@link #validate} found no errors. */
        ProcessEvaluation process() {
            return new ProcessEvaluation(
                    strengths, weaknesses, number(satisfaction), number(participants), recommendations);
        }

        /**
         * Numbers are typed as text so that a wrong one comes back with everything else the user
         * wrote (a record that cannot be constructed would lose the whole form).
         */
        void validate(Errors errors) {
            Integer s = number(satisfaction);
            if (!blank(satisfaction) && (s == null || s < 1 || s > 5)) {
                errors.rejectValue("satisfaction", "evaluation.validation.satisfaction");
            }
            Integer p = number(participants);
            if (!blank(participants) && p == null) {
                errors.rejectValue("participants", "evaluation.validation.participants.number");
            } else if (p != null && (p < 0 || p > 100_000)) {
                errors.rejectValue("participants", "evaluation.validation.participants");
            }
            for (var entry : conclusions.entrySet()) {
                if (entry.getValue() != null && entry.getValue().length() > TEXT_MAX) {
                    errors.rejectValue("conclusions", "evaluation.validation.conclusion.long");
                    return;
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A whole number (spaces as thousands separators allowed), else null. */
    static Integer number(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.replace(" ", "").replace("\u00A0", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
