package cz.planovna.strategy;

import java.util.List;

/**
 * An action plan with its items, the difference against the medium-term plan, the totals per
 * priority area and for the whole action plan, and (for the coordinator) its change log and the
 * measures and activities that may still be added.
 */
public record ActionPlanView(
        OrpView orp,
        ActionPlanSummary plan,
        List<ActionItemView> items,
        List<PriorityTotals> priorities,
        CostTotals planned,
        CostTotals budget,
        List<ChangeView> changes,
        List<AddableNode> addable,
        boolean mayEdit,
        boolean editable) {

    public int year() {
        return plan.year();
    }

    public List<FundingSource> sources() {
        return List.of(FundingSource.values());
    }

    public long planned(FundingSource source) {
        return planned.cell(plan.year(), source);
    }

    public long budget(FundingSource source) {
        return budget.cell(plan.year(), source);
    }

    public long plannedTotal() {
        return planned.total();
    }

    public long budgetTotal() {
        return budget.total();
    }

    public long difference() {
        return budgetTotal() - plannedTotal();
    }

    public long count(String status) {
        ItemStatus wanted = ItemStatus.valueOf(status);
        return items.stream().filter(i -> i.status() == wanted).count();
    }

    /** The items in the action plan (not the left-out ones). */
    public List<ActionItemView> activeItems() {
        return items.stream().filter(i -> !i.removed()).toList();
    }
}
