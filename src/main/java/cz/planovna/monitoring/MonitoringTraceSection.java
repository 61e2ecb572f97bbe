package cz.planovna.monitoring;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.strategy.MeasureTraceSection;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.StrategyQueries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring part of a measure's trace page: per monitored year its state, money spent
 * against planned and each indicator's actual against the target. The public sees the same lines
 * only for a public plan (without links to the internal dashboard), otherwise nothing.
 */
@Component
class MonitoringTraceSection implements MeasureTraceSection {

    private final StrategyQueries strategy;
    private final MonitoringQueries queries;
    private final MonitoringItemRepository items;
    private final IndicatorActualRepository actuals;
    private final MessageSource messages;
    private final CzechFormats fmt;

    MonitoringTraceSection(
            StrategyQueries strategy,
            MonitoringQueries queries,
            MonitoringItemRepository items,
            IndicatorActualRepository actuals,
            MessageSource messages,
            CzechFormats fmt) {
        this.strategy = strategy;
        this.queries = queries;
        this.items = items;
        this.actuals = actuals;
        this.messages = messages;
        this.fmt = fmt;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String titleKey() {
        return "monitoring.trace.title";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TraceEntry> entries(int districtCode, long planId, long measureId, boolean internal) {
        Optional<PlanPage> page;
        if (internal) {
            page = Optional.of(strategy.plan(districtCode, planId));
        } else {
            // asked first, so that no refusal inside the read-only transaction marks it for rollback
            boolean isPublic = strategy.publicPlans(districtCode).stream().anyMatch(p -> p.id() == planId);
            page = isPublic ? strategy.publicPlan(districtCode, planId) : Optional.empty();
        }
        if (page.isEmpty()) {
            return List.of();
        }
        PlanPage plan = page.get();
        Set<Integer> years = new TreeSet<>();
        items.findByPlanIdAndNodeId(planId, measureId).forEach(i -> years.add(i.year()));
        actuals.findByPlanIdAndMeasureId(planId, measureId).forEach(a -> years.add(a.year()));
        Locale locale = LocaleContextHolder.getLocale();
        List<TraceEntry> entries = new ArrayList<>();
        for (int year : years) {
            if (year < plan.plan().yearFrom() || year > plan.plan().yearTo()) {
                continue;
            }
            YearReport report = queries.report(plan, year, queries.planned(districtCode, plan, year, internal));
            Optional<MeasureProgress> found = report.measures().stream()
                    .filter(m -> m.nodeId() == measureId)
                    .findFirst();
            if (found.isEmpty()) {
                continue;
            }
            MeasureProgress m = found.get();
            StringBuilder detail = new StringBuilder(messages.getMessage(
                    "monitoring.trace.detail",
                    new Object[] {
                        fmt.money(m.money().spent()), fmt.money(m.money().planned())
                    },
                    locale));
            for (IndicatorProgress i : m.indicators()) {
                detail.append(' ')
                        .append(messages.getMessage(
                                "monitoring.trace.indicator",
                                new Object[] {
                                    i.name(),
                                    value(i.actual(), i.unit(), "monitoring.indicator.noActual", locale),
                                    value(i.target(), i.unit(), "monitoring.indicator.noTarget", locale)
                                },
                                locale));
            }
            if (m.comment() != null) {
                detail.append(' ').append(m.comment());
            }
            String label = messages.getMessage(
                    "monitoring.trace.line",
                    new Object[] {
                        String.valueOf(year), messages.getMessage(m.state().messageKey(), null, locale)
                    },
                    locale);
            entries.add(new TraceEntry(
                    label,
                    detail.toString(),
                    internal ? MonitoringUrls.dashboard(districtCode, planId, year) + "#measure-" + measureId : null,
                    year));
        }
        return entries;
    }

    private String value(BigDecimal value, String unit, String missingKey, Locale locale) {
        return value == null ? messages.getMessage(missingKey, null, locale) : fmt.number(value) + " " + unit;
    }
}
