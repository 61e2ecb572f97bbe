package cz.planovna.strategy;

import java.util.List;
import java.util.Map;

/** Everything the plan page shows. */
public record PlanPage(
        OrpView orp,
        PlanSummary plan,
        List<NodeView> tree,
        CostTotals totals,
        List<CheckItem> checklist,
        List<AmendmentView> amendments,
        List<ChangeView> changes,
        Map<String, String> codeLabels,
        Map<Integer, String> municipalityNames,
        boolean mayEdit,
        boolean editable) {

    public boolean hasErrors() {
        return checklist.stream().anyMatch(CheckItem::error);
    }

    public long errorCount() {
        return checklist.stream().filter(CheckItem::error).count();
    }

    public long warningCount() {
        return checklist.size() - errorCount();
    }

    public AmendmentView openAmendment() {
        return amendments.stream().filter(AmendmentView::open).findFirst().orElse(null);
    }

    public String label(String code) {
        return codeLabels.getOrDefault(code, code);
    }

    public String municipality(Integer code) {
        return municipalityNames.getOrDefault(code, String.valueOf(code));
    }
}
