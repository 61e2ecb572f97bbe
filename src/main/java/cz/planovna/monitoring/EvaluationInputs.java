package cz.planovna.monitoring;

import cz.planovna.monitoring.EvaluationInput.GoalInput;
import cz.planovna.monitoring.EvaluationInput.IndicatorInput;
import cz.planovna.monitoring.EvaluationInput.MeasureInput;
import cz.planovna.monitoring.EvaluationInput.MoneyLine;
import cz.planovna.monitoring.EvaluationInput.PriorityInput;
import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.PlanPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The figures of an evaluation document from the monitoring: a yearly evaluation covers its year,
 * a final one every year of the plan's span. States, comments and fulfilment are those of the last
 * year covered that has any monitoring; money is summed over the years covered (planned: the approved action plan of each
 * year, else the plan's costs, as the monitoring counts it); indicators show the actual of every
 * year covered.
 */
@Component
class EvaluationInputs {

    private final MonitoringQueries monitoring;

    EvaluationInputs(MonitoringQueries monitoring) {
        this.monitoring = monitoring;
    }

    /**
     * Reads the monitoring of the years the evaluation covers. The caller has checked access;
     * {@code internal} false = a public plan read by anyone (planned money from public action plans).
     */
    EvaluationInput input(int code, PlanPage page, EvaluationView evaluation, boolean internal) {
        List<Integer> years = years(page, evaluation);
        List<YearReport> reports = new ArrayList<>();
        for (int year : years) {
            reports.add(monitoring.report(page, year, monitoring.planned(code, page, year, internal)));
        }
        return input(page, years, reports, monitoring.series(page));
    }

    static List<Integer> years(PlanPage page, EvaluationView evaluation) {
        return evaluation.yearly() ? List.of(evaluation.year()) : page.plan().years();
    }

    /** Pure: the document's figures from the reports of the years covered (ascending) and the series. */
    static EvaluationInput input(
            PlanPage page, List<Integer> years, List<YearReport> reports, List<IndicatorSeries> series) {
        YearReport last = reports.stream()
                .filter(EvaluationInputs::monitored)
                .reduce((a, b) -> b)
                .orElse(reports.get(reports.size() - 1));
        Map<Long, Map<FundingSource, long[]>> money = new HashMap<>();
        for (YearReport report : reports) {
            for (MeasureProgress m : report.measures()) {
                Map<FundingSource, long[]> bySource =
                        money.computeIfAbsent(m.nodeId(), id -> new EnumMap<>(FundingSource.class));
                for (Money.SourceMoney s : m.money().bySource()) {
                    long[] cell = bySource.computeIfAbsent(s.source(), x -> new long[2]);
                    cell[0] += s.planned();
                    cell[1] += s.spent();
                }
            }
        }
        Map<Long, IndicatorSeries> seriesById = new HashMap<>();
        series.forEach(s -> seriesById.put(s.indicatorId(), s));

        List<PriorityInput> priorities = new ArrayList<>();
        for (PriorityProgress p : last.priorities()) {
            List<GoalInput> goals = new ArrayList<>();
            for (GoalProgress g : p.goals()) {
                List<MeasureInput> measures = new ArrayList<>();
                for (MeasureProgress m : g.measures()) {
                    List<MoneyLine> lines = new ArrayList<>();
                    money.getOrDefault(m.nodeId(), Map.of())
                            .forEach((source, cell) -> lines.add(new MoneyLine(source, cell[0], cell[1])));
                    List<IndicatorInput> indicators = new ArrayList<>();
                    for (IndicatorProgress i : m.indicators()) {
                        Map<Integer, BigDecimal> actuals = new TreeMap<>();
                        IndicatorSeries s = seriesById.get(i.indicatorId());
                        if (s != null) {
                            s.points().stream()
                                    .filter(pt -> years.contains(pt.year()) && pt.actual() != null)
                                    .forEach(pt -> actuals.put(pt.year(), pt.actual()));
                        }
                        indicators.add(new IndicatorInput(
                                i.name(),
                                i.unit(),
                                i.baseline(),
                                i.target(),
                                actuals,
                                i.fulfilment().display()));
                    }
                    measures.add(new MeasureInput(
                            label(m.number(), m.title()),
                            "evaluation.item." + m.state().name(),
                            m.fulfilment().display(),
                            m.comment(),
                            lines,
                            indicators));
                }
                goals.add(new GoalInput(
                        label(g.number(), g.title()), g.fulfilment().display(), measures));
            }
            priorities.add(new PriorityInput(
                    p.nodeId(), label(p.number(), p.title()), p.fulfilment().display(), goals));
        }
        var plan = page.plan();
        return new EvaluationInput(
                page.orp().name(),
                plan.title(),
                plan.yearFrom(),
                plan.yearTo(),
                years,
                last.year(),
                last.total().display(),
                priorities);
    }

    /** Anything recorded in the year: a measure's or activity's state, or an indicator's actual. */
    static boolean monitored(YearReport report) {
        return report.measures().stream()
                .anyMatch(m -> m.recorded()
                        || m.activities().stream().anyMatch(ActivityProgress::recorded)
                        || m.indicators().stream().anyMatch(i -> i.actual() != null));
    }

    private static String label(String number, String title) {
        return number + " " + title;
    }
}
