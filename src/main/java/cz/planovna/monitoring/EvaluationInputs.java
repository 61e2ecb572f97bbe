package cz.planovna.monitoring;

import cz.planovna.monitoring.EvaluationInput.GoalInput;
import cz.planovna.monitoring.EvaluationInput.IndicatorInput;
import cz.planovna.monitoring.EvaluationInput.MeasureInput;
import cz.planovna.monitoring.EvaluationInput.MoneyLine;
import cz.planovna.monitoring.EvaluationInput.PriorityInput;
import cz.planovna.strategy.CostLine;
import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.IndicatorView;
import cz.planovna.strategy.NodeKind;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanPage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The figures of an evaluation document: the plan's tree (priorities, goals, measures, planned
 * money, indicators) for the years the evaluation covers.
 */
@Component
class EvaluationInputs {

    EvaluationInput input(PlanPage page, EvaluationView evaluation) {
        var plan = page.plan();
        List<Integer> years = evaluation.yearly()
                ? List.of(evaluation.year())
                : IntStream.rangeClosed(plan.yearFrom(), plan.yearTo()).boxed().toList();
        List<PriorityInput> priorities = new ArrayList<>();
        for (NodeView p : page.tree()) {
            if (p.kind() != NodeKind.PRIORITY) {
                continue;
            }
            List<GoalInput> goals = new ArrayList<>();
            for (NodeView g : p.children()) {
                List<MeasureInput> measures = new ArrayList<>();
                for (NodeView m : g.children()) {
                    if (m.isMeasure()) {
                        measures.add(measure(m, years));
                    }
                }
                goals.add(new GoalInput(g.label(), null, measures));
            }
            priorities.add(new PriorityInput(p.id(), p.label(), null, goals));
        }
        return new EvaluationInput(
                page.orp().name(), plan.title(), plan.yearFrom(), plan.yearTo(), years, null, priorities);
    }

    private static MeasureInput measure(NodeView m, List<Integer> years) {
        Map<FundingSource, Long> planned = new EnumMap<>(FundingSource.class);
        for (CostLine c : m.costs()) {
            if (years.contains(c.year())) {
                planned.merge(c.source(), c.amount(), Long::sum);
            }
        }
        List<MoneyLine> money = new ArrayList<>();
        planned.forEach((source, amount) -> money.add(new MoneyLine(source, amount, 0)));
        List<IndicatorInput> indicators = new ArrayList<>();
        for (IndicatorView i : m.indicators()) {
            indicators.add(new IndicatorInput(
                    i.name(), i.unit(), i.baseline(), i.target(years.get(years.size() - 1)), new TreeMap<>(), null));
        }
        return new MeasureInput(m.label(), "evaluation.measure.state.unknown", null, null, money, indicators);
    }
}
