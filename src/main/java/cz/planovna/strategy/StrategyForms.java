package cz.planovna.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The forms of the plan pages, separate from the entities. */
final class StrategyForms {

    private StrategyForms() {}

    record PlanForm(
            @NotBlank(message = "{strategy.validation.plan.title.required}")
            @Size(max = StrategicPlan.TITLE_MAX, message = "{strategy.validation.text.long}")
            String title,

            @NotNull(message = "{strategy.validation.plan.yearFrom.required}")
            @Min(value = 2000, message = "{strategy.validation.plan.year.range}")
            @Max(value = 2100, message = "{strategy.validation.plan.year.range}")
            Integer yearFrom,

            @NotNull(message = "{strategy.validation.plan.yearTo.required}")
            @Min(value = 2000, message = "{strategy.validation.plan.year.range}")
            @Max(value = 2100, message = "{strategy.validation.plan.year.range}")
            Integer yearTo,

            @Size(max = StrategicPlan.VISION_MAX, message = "{strategy.validation.text.long}")
            String vision,

            long version) {

        static PlanForm empty() {
            return new PlanForm("", null, null, "", 0);
        }

        static PlanForm of(PlanSummary plan) {
            return new PlanForm(
                    plan.title(),
                    plan.yearFrom(),
                    plan.yearTo(),
                    plan.vision() == null ? "" : plan.vision(),
                    plan.version());
        }

        void validate(Errors errors) {
            if (yearFrom != null && yearTo != null && !errors.hasFieldErrors("yearTo")) {
                if (yearFrom > yearTo) {
                    errors.rejectValue("yearTo", "strategy.validation.plan.span.order");
                } else if (yearTo - yearFrom + 1 > StrategicPlan.MAX_SPAN_YEARS) {
                    errors.rejectValue("yearTo", "strategy.validation.plan.span.long");
                }
            }
        }
    }

    record NodeForm(
            @NotBlank(message = "{strategy.validation.node.title.required}")
            @Size(max = StrategyNode.TITLE_MAX, message = "{strategy.validation.text.long}")
            String title,

            @Size(max = StrategyNode.TEXT_MAX, message = "{strategy.validation.text.long}")
            String description,

            @Size(max = StrategyNode.SHORT_MAX, message = "{strategy.validation.text.long}")
            String responsible,

            MeasureKind measureKind,
            List<String> serviceTypes,
            List<String> targetGroups,
            List<Integer> municipalities,

            @Size(max = StrategyNode.TEXT_MAX, message = "{strategy.validation.text.long}")
            String justification,

            @Size(max = StrategyNode.LIST_MAX, message = "{strategy.validation.text.long}")
            String partners,

            long version) {

        static NodeForm empty() {
            return new NodeForm("", "", "", null, List.of(), List.of(), List.of(), "", "", 0);
        }

        static NodeForm of(NodeView n) {
            return new NodeForm(
                    n.title(),
                    orEmpty(n.description()),
                    orEmpty(n.responsible()),
                    n.measureKind(),
                    n.serviceTypes(),
                    n.targetGroups(),
                    n.municipalities(),
                    orEmpty(n.justification()),
                    orEmpty(n.partners()),
                    n.version());
        }

        void validate(Errors errors, NodeKind kind) {
            if (kind == NodeKind.MEASURE && measureKind == null) {
                errors.rejectValue("measureKind", "strategy.validation.node.measureKind.required");
            }
        }

        NodeDetails toDetails() {
            return new NodeDetails(
                    title,
                    description,
                    responsible,
                    measureKind,
                    serviceTypes,
                    targetGroups,
                    municipalities,
                    justification,
                    partners);
        }

        public boolean hasServiceType(String code) {
            return serviceTypes != null && serviceTypes.contains(code);
        }

        public boolean hasTargetGroup(String code) {
            return targetGroups != null && targetGroups.contains(code);
        }

        public boolean hasMunicipality(Integer code) {
            return municipalities != null && municipalities.contains(code);
        }
    }

    record TransitionForm(PlanState target, String approvedBy, String approvedOn, String resolution, long version) {}

    record AmendmentForm(
            @NotBlank(message = "{strategy.validation.amendment.summary.required}")
            @Size(max = PlanAmendment.TEXT_MAX, message = "{strategy.validation.text.long}")
            String summary,

            @NotBlank(message = "{strategy.validation.amendment.reason.required}")
            @Size(max = PlanAmendment.TEXT_MAX, message = "{strategy.validation.text.long}")
            String reason,

            long version) {}

    record CloseAmendmentForm(String approvedBy, String approvedOn, String resolution, long version) {}

    record VersionForm(long version) {}

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A date from an input type=date (ISO) or typed Czech ("5. 3. 2020"); empty when unreadable. */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            String[] parts = t.replace(" ", "").split("\\.");
            if (parts.length == 3) {
                try {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
                } catch (RuntimeException ignored) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An amount in whole crowns as people type it: "1 793 475", "1793475 Kč"; blank is zero.
     * Empty when it is not a whole non-negative number up to a trillion.
     */
    static Optional<Long> amount(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(0L);
        }
        String t = text.replaceAll("[\\s\\u00a0\\u202f]", "").toLowerCase(Locale.ROOT);
        if (t.endsWith("kč")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!t.matches("\\d{1,13}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(t);
        return value > 1_000_000_000_000L ? Optional.empty() : Optional.of(value);
    }

    /** A decimal as Czech people type it ("12,5"); empty when unreadable, null value when blank. */
    static Optional<BigDecimal> decimal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (!t.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }
}
