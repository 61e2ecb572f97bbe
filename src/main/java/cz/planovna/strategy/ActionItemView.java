package cz.planovna.strategy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An action-plan item as pages, exports and the plan document show it: its number in the plan's
 * tree (1.2.3), what the medium-term plan planned for the year next to the action plan's budget
 * (per funding source, in whole crowns; activities carry no amounts), who and when, and what
 * changed against the medium-term plan.
 */
public record ActionItemView(
        long id,
        long nodeId,
        NodeKind kind,
        String number,
        String title,
        Long priorityId,
        int year,
        ItemOrigin origin,
        ItemStatus status,
        CostTotals planned,
        CostTotals budget,
        String plannedResponsible,
        String responsible,
        boolean whoChanged,
        ActionTerm term,
        LocalDate dateFrom,
        LocalDate dateTo,
        boolean whenChanged,
        boolean budgetChanged,
        String note,
        boolean first,
        boolean last,
        long version) {

    public String label() {
        return number == null ? title : number + " " + title;
    }

    public boolean hasAmounts() {
        return kind == NodeKind.MEASURE;
    }

    public boolean removed() {
        return status == ItemStatus.REMOVED;
    }

    public long planned(FundingSource source) {
        return planned.cell(year, source);
    }

    public long budget(FundingSource source) {
        return budget.cell(year, source);
    }

    public long difference(FundingSource source) {
        return budget(source) - planned(source);
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

    /** The funding sources with a planned or budgeted amount (what the table shows a row for). */
    public List<FundingSource> sourcesShown() {
        return Arrays.stream(FundingSource.values())
                .filter(s -> planned(s) != 0 || budget(s) != 0)
                .toList();
    }
}
