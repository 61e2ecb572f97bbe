package cz.planovna.monitoring;

import cz.planovna.monitoring.MonitoringForms.MeasureEntryForm;
import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.IndicatorView;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.OrpView;
import cz.planovna.strategy.PlanSummary;
import java.math.BigDecimal;
import java.util.List;

/** The data-entry page of a year: one form per measure (with its activities and indicators). */
record EntryPage(OrpView orp, PlanSummary plan, int year, List<FundingSource> sources, List<MeasureEntry> measures) {

    /** A measure's form with what it shows next to the fields. */
    record MeasureEntry(
            NodeView measure,
            String goal,
            List<NodeView> activities,
            List<IndicatorEntry> indicators,
            MeasureEntryForm form,
            MeasureProgress progress) {}

    /** An indicator with its target of the year and the rule of its unit. */
    record IndicatorEntry(IndicatorView indicator, BigDecimal target, UnitRule rule) {}
}
