package cz.planovna.strategy;

/** Planned and budgeted amounts of an action plan's items under one priority area. */
public record PriorityTotals(Long priorityId, String label, int year, CostTotals planned, CostTotals budget) {

    public long planned(FundingSource source) {
        return planned.cell(year, source);
    }

    public long budget(FundingSource source) {
        return budget.cell(year, source);
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
}
