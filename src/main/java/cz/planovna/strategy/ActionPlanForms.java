package cz.planovna.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The forms of the action plan pages, separate from the entities. */
final class ActionPlanForms {

    private ActionPlanForms() {}

    record GenerateForm(
            @NotNull(message = "{strategy.action.validation.year.required}")
            @Min(value = 2000, message = "{strategy.validation.plan.year.range}")
            @Max(value = 2100, message = "{strategy.validation.plan.year.range}")
            Integer year) {}

    /** The item form; the budget comes as parameters b-SOURCE (checked by {@link #budget}). */
    record ItemForm(
            @Size(max = ActionItem.RESPONSIBLE_MAX, message = "{strategy.validation.text.long}")
            String responsible,

            ActionTerm term,
            String dateFrom,
            String dateTo,

            @Size(max = ActionItem.NOTE_MAX, message = "{strategy.validation.text.long}")
            String note,

            long version) {

        static ItemForm of(ActionItemView item) {
            return new ItemForm(
                    StrategyForms.orEmpty(item.responsible()),
                    item.term(),
                    item.dateFrom() == null ? "" : item.dateFrom().toString(),
                    item.dateTo() == null ? "" : item.dateTo().toString(),
                    StrategyForms.orEmpty(item.note()),
                    item.version());
        }
    }

    record AddForm(Long nodeId, long version) {}

    record ApproveForm(String approvedBy, String approvedOn, String resolution, long version) {}

    record ReturnForm(String reason, long version) {}

    /** The budget as typed (by source name) with the amounts read and the errors found. */
    static final class BudgetInput {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, String> errors = new LinkedHashMap<>();
        final Map<FundingSource, Long> amounts = new EnumMap<>(FundingSource.class);

        static BudgetInput of(ActionItemView item) {
            BudgetInput input = new BudgetInput();
            for (FundingSource s : FundingSource.values()) {
                long b = item.budget(s);
                input.values.put(s.name(), b == 0 ? "" : String.valueOf(b));
            }
            return input;
        }

        /** Reads b-SOURCE parameters: whole crowns, ≥ 0, at most a billion per source. */
        static BudgetInput read(Map<String, String> params) {
            BudgetInput input = new BudgetInput();
            for (FundingSource s : FundingSource.values()) {
                String raw = params.getOrDefault("b-" + s.name(), "");
                input.values.put(s.name(), raw);
                var amount = StrategyForms.amount(raw);
                if (amount.isEmpty()) {
                    String t = raw.strip();
                    input.errors.put(
                            s.name(),
                            t.startsWith("-") || t.startsWith("−")
                                    ? "strategy.validation.cost.negative"
                                    : t.replaceAll("[\\s\\u00a0\\u202f]", "").matches("\\d{14,}(kč|Kč)?")
                                            ? "strategy.action.validation.amount.absurd"
                                            : "strategy.validation.cost.number");
                } else if (amount.get() > ActionItem.AMOUNT_MAX) {
                    input.errors.put(s.name(), "strategy.action.validation.amount.absurd");
                } else {
                    input.amounts.put(s, amount.get());
                }
            }
            return input;
        }

        public Map<String, String> getValues() {
            return values;
        }

        public Map<String, String> getErrors() {
            return errors;
        }
    }
}
