package cz.planovna.monitoring;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.ActionItemView;
import cz.planovna.strategy.ActionPlanQueries;
import cz.planovna.strategy.ActionPlanSummary;
import cz.planovna.strategy.ActionPlanView;
import cz.planovna.strategy.CostLine;
import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.IndicatorView;
import cz.planovna.strategy.NodeKind;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the monitoring of a plan (VIEW_INTERNAL of the plan's ORP): the year report with
 * fulfilment of every measure, goal and priority, the years with records, indicator series.
 * This is the read API the evaluation documents are generated from.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringQueries {

    private final MonitoringAccess access;
    private final StrategyQueries strategy;
    private final ActionPlanQueries actionPlans;
    private final MonitoringItemRepository items;
    private final IndicatorActualRepository actuals;

    MonitoringQueries(
            MonitoringAccess access,
            StrategyQueries strategy,
            ActionPlanQueries actionPlans,
            MonitoringItemRepository items,
            IndicatorActualRepository actuals) {
        this.access = access;
        this.strategy = strategy;
        this.actionPlans = actionPlans;
        this.items = items;
        this.actuals = actuals;
    }

    /** The monitoring of one year of the plan's span (another year: 404). */
    public YearReport yearReport(int districtCode, long planId, int year) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        PlanPage page = strategy.plan(districtCode, planId);
        checkYear(page.plan(), year);
        return report(page, year, planned(districtCode, page, year, true));
    }

    /** The years of the plan's span that have any monitoring record, ascending. */
    public List<Integer> monitoredYears(int districtCode, long planId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        PlanSummary plan = strategy.summary(districtCode, planId);
        Set<Integer> years = new TreeSet<>(items.itemYears(planId));
        years.addAll(actuals.actualYears(planId));
        return years.stream()
                .filter(y -> y >= plan.yearFrom() && y <= plan.yearTo())
                .toList();
    }

    /** One indicator over the plan's years (an indicator of another plan: 404). */
    public IndicatorSeries indicatorSeries(int districtCode, long planId, long indicatorId) {
        return indicatorSeries(districtCode, planId).stream()
                .filter(s -> s.indicatorId() == indicatorId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("indicator " + indicatorId));
    }

    /** Every indicator of the plan over the plan's years, in the order of the tree. */
    public List<IndicatorSeries> indicatorSeries(int districtCode, long planId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        PlanPage page = strategy.plan(districtCode, planId);
        return series(page);
    }

    /** The plan's facts (VIEW_INTERNAL). */
    public PlanSummary plan(int districtCode, long planId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return strategy.summary(districtCode, planId);
    }

    // ---- building blocks, also used by the trace section and the entry page ----

    static void checkYear(PlanSummary plan, int year) {
        if (year < plan.yearFrom() || year > plan.yearTo()) {
            throw new NotFoundException("year " + year + " outside the plan " + plan.id());
        }
    }

    List<IndicatorSeries> series(PlanPage page) {
        long planId = page.plan().id();
        Map<Long, Map<Integer, BigDecimal>> byIndicator = new HashMap<>();
        for (IndicatorActual a : actuals.findByPlanId(planId)) {
            byIndicator.computeIfAbsent(a.indicatorId(), i -> new HashMap<>()).put(a.year(), a.value());
        }
        List<IndicatorSeries> result = new ArrayList<>();
        for (NodeView measure : measures(page.tree())) {
            for (IndicatorView iv : measure.indicators()) {
                Map<Integer, BigDecimal> values = byIndicator.getOrDefault(iv.id(), Map.of());
                List<IndicatorSeries.Point> points = page.plan().years().stream()
                        .map(y -> new IndicatorSeries.Point(
                                y,
                                iv.target(y),
                                values.get(y),
                                FulfilmentCalculator.indicator(iv.baseline(), iv.target(y), values.get(y))))
                        .toList();
                result.add(new IndicatorSeries(
                        iv.id(), measure.id(), measure.number(), iv.name(), iv.unit(), iv.baseline(), points));
            }
        }
        return result;
    }

    static List<NodeView> measures(List<NodeView> tree) {
        List<NodeView> result = new ArrayList<>();
        for (NodeView priority : tree) {
            for (NodeView goal : priority.children()) {
                goal.children().stream().filter(NodeView::isMeasure).forEach(result::add);
            }
        }
        return result;
    }

    /**
     * Money planned per measure and source for the year: the approved action plan of the year
     * (its items not removed), else the medium-term plan's costs of that year.
     */
    Map<Long, Map<FundingSource, Long>> planned(int code, PlanPage page, int year, boolean internal) {
        long planId = page.plan().id();
        Optional<ActionPlanView> actionPlan = Optional.empty();
        if (internal) {
            actionPlan = actionPlans.actionPlans(code, planId).stream()
                    .filter(a -> a.year() == year && a.approved())
                    .map(ActionPlanSummary::id)
                    .findFirst()
                    .map(id -> actionPlans.actionPlan(code, planId, id));
        } else {
            boolean exists = actionPlans.publicActionPlans(code, planId).stream()
                    .anyMatch(a -> a.year() == year && a.approved());
            if (exists) {
                actionPlan = Optional.of(actionPlans.publicActionPlan(code, year, planId));
            }
        }
        Map<Long, Map<FundingSource, Long>> result = new HashMap<>();
        if (actionPlan.isPresent()) {
            for (ActionItemView item : actionPlan.get().items()) {
                if (item.kind() != NodeKind.MEASURE || item.removed()) {
                    continue;
                }
                Map<FundingSource, Long> bySource = new EnumMap<>(FundingSource.class);
                for (FundingSource s : FundingSource.values()) {
                    long amount = item.budget(s);
                    if (amount != 0) {
                        bySource.put(s, amount);
                    }
                }
                result.put(item.nodeId(), bySource);
            }
            return result;
        }
        for (NodeView measure : measures(page.tree())) {
            Map<FundingSource, Long> bySource = new EnumMap<>(FundingSource.class);
            for (CostLine c : measure.costs()) {
                if (c.year() == year) {
                    bySource.merge(c.source(), c.amount(), Long::sum);
                }
            }
            result.put(measure.id(), bySource);
        }
        return result;
    }

    YearReport report(PlanPage page, int year, Map<Long, Map<FundingSource, Long>> planned) {
        long planId = page.plan().id();
        Map<Long, MonitoringItem> recorded = items.findByPlanIdAndYear(planId, year).stream()
                .collect(Collectors.toMap(MonitoringItem::nodeId, Function.identity()));
        Map<Long, BigDecimal> values = new HashMap<>();
        actuals.findByPlanIdAndYear(planId, year).forEach(a -> values.put(a.indicatorId(), a.value()));

        List<PriorityProgress> priorities = new ArrayList<>();
        Map<FundingSource, long[]> planTotals = new EnumMap<>(FundingSource.class);
        for (NodeView priority : page.tree()) {
            List<GoalProgress> goals = new ArrayList<>();
            for (NodeView goal : priority.children()) {
                List<MeasureProgress> measures = new ArrayList<>();
                for (NodeView measure : goal.children()) {
                    if (!measure.isMeasure()) {
                        continue;
                    }
                    MeasureProgress progress = measure(measure, year, recorded, values, planned);
                    for (Money.SourceMoney m : progress.money().bySource()) {
                        long[] cell = planTotals.computeIfAbsent(m.source(), s -> new long[2]);
                        cell[0] += m.planned();
                        cell[1] += m.spent();
                    }
                    measures.add(progress);
                }
                goals.add(new GoalProgress(
                        goal.id(),
                        goal.number(),
                        goal.title(),
                        FulfilmentCalculator.average(measures.stream()
                                .map(MeasureProgress::fulfilment)
                                .toList()),
                        measures));
            }
            priorities.add(new PriorityProgress(
                    priority.id(),
                    priority.number(),
                    priority.title(),
                    FulfilmentCalculator.average(
                            goals.stream().map(GoalProgress::fulfilment).toList()),
                    goals));
        }
        Fulfilment total = FulfilmentCalculator.average(
                priorities.stream().map(PriorityProgress::fulfilment).toList());
        List<Money.SourceMoney> money = new ArrayList<>();
        planTotals.forEach((s, cell) -> money.add(new Money.SourceMoney(s, cell[0], cell[1])));
        return new YearReport(planId, year, priorities, total, new Money(money));
    }

    private static MeasureProgress measure(
            NodeView measure,
            int year,
            Map<Long, MonitoringItem> recorded,
            Map<Long, BigDecimal> values,
            Map<Long, Map<FundingSource, Long>> planned) {
        Map<FundingSource, Long> spent = new EnumMap<>(FundingSource.class);
        List<ActivityProgress> activities = new ArrayList<>();
        for (NodeView activity : measure.children()) {
            MonitoringItem item = recorded.get(activity.id());
            Map<FundingSource, Long> own = item == null ? Map.of() : item.spending();
            own.forEach((s, a) -> spent.merge(s, a, Long::sum));
            activities.add(new ActivityProgress(
                    activity.id(),
                    activity.number(),
                    activity.title(),
                    item == null ? ItemState.NOT_STARTED : item.state(),
                    item == null ? null : item.comment(),
                    money(Map.of(), own),
                    item != null));
        }
        MonitoringItem item = recorded.get(measure.id());
        if (item != null) {
            item.spending().forEach((s, a) -> spent.merge(s, a, Long::sum));
        }
        List<IndicatorProgress> indicators = measure.indicators().stream()
                .map(iv -> new IndicatorProgress(
                        iv.id(),
                        iv.name(),
                        iv.unit(),
                        iv.baseline(),
                        iv.target(year),
                        values.get(iv.id()),
                        FulfilmentCalculator.indicator(iv.baseline(), iv.target(year), values.get(iv.id()))))
                .toList();
        ItemState state = item == null ? ItemState.NOT_STARTED : item.state();
        return new MeasureProgress(
                measure.id(),
                measure.number(),
                measure.title(),
                state,
                item == null ? null : item.comment(),
                money(planned.getOrDefault(measure.id(), Map.of()), spent),
                activities,
                indicators,
                FulfilmentCalculator.measure(
                        state,
                        indicators.stream().map(IndicatorProgress::fulfilment).toList()),
                item != null);
    }

    static Money money(Map<FundingSource, Long> planned, Map<FundingSource, Long> spent) {
        Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
        sources.addAll(planned.keySet());
        sources.addAll(spent.keySet());
        return new Money(sources.stream()
                .map(s -> new Money.SourceMoney(s, planned.getOrDefault(s, 0L), spent.getOrDefault(s, 0L)))
                .toList());
    }
}
