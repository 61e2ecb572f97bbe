package cz.planovna.monitoring;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.monitoring.EntryPage.IndicatorEntry;
import cz.planovna.monitoring.EntryPage.MeasureEntry;
import cz.planovna.monitoring.MonitoringChange.ChangeRow;
import cz.planovna.monitoring.MonitoringForms.ActualEntry;
import cz.planovna.monitoring.MonitoringForms.ItemEntry;
import cz.planovna.monitoring.MonitoringForms.MeasureEntryForm;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import cz.planovna.strategy.CostLine;
import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.IndicatorView;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.StrategyQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Recording the monitoring of a year (EDIT_PLANNING), with the audit of every changed value. */
@Service
@Transactional
class MonitoringService {

    static final int CHANGES_PAGE = 30;

    private final MonitoringAccess access;
    private final StrategyQueries strategy;
    private final MonitoringQueries queries;
    private final MonitoringItemRepository items;
    private final IndicatorActualRepository actuals;
    private final MonitoringChangeRepository changes;
    private final Clock clock;

    MonitoringService(
            MonitoringAccess access,
            StrategyQueries strategy,
            MonitoringQueries queries,
            MonitoringItemRepository items,
            IndicatorActualRepository actuals,
            MonitoringChangeRepository changes,
            Optional<Clock> clock) {
        this.access = access;
        this.strategy = strategy;
        this.queries = queries;
        this.items = items;
        this.actuals = actuals;
        this.changes = changes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    boolean mayEdit(int code) {
        return access.may(code, Action.EDIT_PLANNING);
    }

    /** The entry page with every measure's form filled from what is stored. */
    @Transactional(readOnly = true)
    EntryPage entryPage(int code, long planId, int year) {
        return entryPage(code, planId, year, null, null);
    }

    /** The entry page with one measure's form as submitted (to show its errors). */
    @Transactional(readOnly = true)
    EntryPage entryPage(int code, long planId, int year, Long submittedMeasure, MeasureEntryForm submitted) {
        access.check(code, Action.EDIT_PLANNING);
        PlanPage page = strategy.plan(code, planId);
        MonitoringQueries.checkYear(page.plan(), year);
        YearReport report = queries.report(page, year, queries.planned(code, page, year, true));
        Map<Long, MeasureProgress> progress =
                report.measures().stream().collect(Collectors.toMap(MeasureProgress::nodeId, m -> m));
        Map<Long, MonitoringItem> stored = items.findByPlanIdAndYear(planId, year).stream()
                .collect(Collectors.toMap(MonitoringItem::nodeId, i -> i));
        Map<Long, IndicatorActual> storedActuals = actuals.findByPlanIdAndYear(planId, year).stream()
                .collect(Collectors.toMap(IndicatorActual::indicatorId, a -> a));
        List<MeasureEntry> measures = new ArrayList<>();
        for (NodeView priority : page.tree()) {
            for (NodeView goal : priority.children()) {
                for (NodeView measure : goal.children()) {
                    if (!measure.isMeasure()) {
                        continue;
                    }
                    MeasureEntryForm form = submittedMeasure != null && submittedMeasure == measure.id()
                            ? submitted
                            : form(measure, stored, storedActuals);
                    List<IndicatorEntry> indicators = measure.indicators().stream()
                            .map(iv -> new IndicatorEntry(iv, iv.target(year), UnitRule.of(iv.unit())))
                            .toList();
                    measures.add(new MeasureEntry(
                            measure, goal.label(), measure.children(), indicators, form, progress.get(measure.id())));
                }
            }
        }
        return new EntryPage(strategy.orp(code), page.plan(), year, sources(page, stored.values()), measures);
    }

    /** The funding sources the plan uses (any year), plus any with money recorded; all when none. */
    private static List<FundingSource> sources(PlanPage page, java.util.Collection<MonitoringItem> stored) {
        Set<FundingSource> used = EnumSet.noneOf(FundingSource.class);
        for (NodeView measure : MonitoringQueries.measures(page.tree())) {
            measure.costs().stream().map(CostLine::source).forEach(used::add);
        }
        stored.forEach(i -> used.addAll(i.spending().keySet()));
        return used.isEmpty() ? List.of(FundingSource.values()) : List.copyOf(used);
    }

    private static MeasureEntryForm form(
            NodeView measure, Map<Long, MonitoringItem> stored, Map<Long, IndicatorActual> storedActuals) {
        MeasureEntryForm form = new MeasureEntryForm();
        form.getItems().add(itemEntry(measure, stored.get(measure.id())));
        measure.children().forEach(a -> form.getItems().add(itemEntry(a, stored.get(a.id()))));
        for (IndicatorView iv : measure.indicators()) {
            IndicatorActual a = storedActuals.get(iv.id());
            form.getActuals()
                    .add(new ActualEntry(
                            iv.id(),
                            a == null ? null : a.version(),
                            a == null
                                    ? ""
                                    : a.value()
                                            .stripTrailingZeros()
                                            .toPlainString()
                                            .replace('.', ',')));
        }
        return form;
    }

    private static ItemEntry itemEntry(NodeView node, MonitoringItem item) {
        Map<String, String> spent = new LinkedHashMap<>();
        if (item != null) {
            item.spending()
                    .forEach((s, a) -> spent.put(
                            s.name(),
                            String.format(java.util.Locale.ROOT, "%,d", a).replace(',', ' ')));
        }
        return new ItemEntry(
                node.id(),
                item == null ? null : item.version(),
                item == null ? ItemState.NOT_STARTED.name() : item.state().name(),
                item == null || item.comment() == null ? "" : item.comment(),
                spent);
    }

    /**
     * Checks a submitted measure form; field errors go to {@code errors} (paths such as
     * {@code items[0].spent[EU]}, {@code actuals[1].value}). A form for another measure's nodes or
     * indicators is refused as not found.
     */
    @Transactional(readOnly = true)
    void validate(int code, long planId, int year, long measureId, MeasureEntryForm form, Errors errors) {
        access.check(code, Action.EDIT_PLANNING);
        PlanPage page = strategy.plan(code, planId);
        MonitoringQueries.checkYear(page.plan(), year);
        NodeView measure = measure(page, measureId);
        checkShape(measure, form);
        for (int i = 0; i < form.getItems().size(); i++) {
            ItemEntry entry = form.getItems().get(i);
            if (state(entry.getState()) == null) {
                errors.rejectValue("items[" + i + "].state", "monitoring.validation.state");
            }
            if (entry.getComment() != null && entry.getComment().strip().length() > MonitoringItem.COMMENT_MAX) {
                errors.rejectValue(
                        "items[" + i + "].comment",
                        "monitoring.validation.comment.long",
                        new Object[] {MonitoringItem.COMMENT_MAX},
                        null);
            }
            for (Map.Entry<String, String> spent : entry.getSpent().entrySet()) {
                String key = spent.getKey();
                if (source(key) == null) {
                    continue;
                }
                String invalid = amountError(spent.getValue());
                if (invalid != null) {
                    errors.rejectValue("items[" + i + "].spent[" + key + "]", invalid);
                }
            }
        }
        Map<Long, IndicatorView> indicators =
                measure.indicators().stream().collect(Collectors.toMap(IndicatorView::id, iv -> iv));
        for (int i = 0; i < form.getActuals().size(); i++) {
            ActualEntry entry = form.getActuals().get(i);
            IndicatorView iv = indicators.get(entry.getIndicatorId());
            try {
                UnitRule.of(iv.unit()).parse(entry.getValue());
            } catch (UnitRule.Invalid e) {
                errors.rejectValue("actuals[" + i + "].value", e.key(), new Object[] {iv.unit()}, null);
            }
        }
    }

    /** Saves a valid measure form; a record changed by someone else since the form opened: 409. */
    void save(int code, long planId, int year, long measureId, MeasureEntryForm form) {
        access.check(code, Action.EDIT_PLANNING);
        PlanPage page = strategy.plan(code, planId);
        MonitoringQueries.checkYear(page.plan(), year);
        NodeView measure = measure(page, measureId);
        checkShape(measure, form);
        String by = access.userName();
        Instant now = clock.instant();
        String returnUrl = MonitoringUrls.entry(code, planId, year) + "#m-" + measureId;
        Map<Long, NodeView> nodes = new LinkedHashMap<>();
        nodes.put(measure.id(), measure);
        measure.children().forEach(a -> nodes.put(a.id(), a));
        for (ItemEntry entry : form.getItems()) {
            NodeView node = nodes.get(entry.getNodeId());
            ItemState state = state(entry.getState());
            String comment = entry.getComment() == null || entry.getComment().isBlank()
                    ? null
                    : entry.getComment().strip();
            Map<FundingSource, Long> spent = new EnumMap<>(FundingSource.class);
            entry.getSpent().forEach((k, v) -> {
                FundingSource s = source(k);
                long amount = amount(v);
                if (s != null && amount != 0) {
                    spent.put(s, amount);
                }
            });
            Optional<MonitoringItem> existing = items.findByPlanIdAndNodeIdAndYear(planId, node.id(), year);
            if (existing.isPresent() != (entry.getVersion() != null)
                    || existing.isPresent() && existing.get().version() != entry.getVersion()) {
                throw new StaleEditException(
                        node.label() + " (" + year + ")",
                        comment,
                        existing.map(MonitoringItem::comment).orElse(null),
                        returnUrl,
                        false);
            }
            boolean isMeasure = node.id() == measure.id();
            if (existing.isEmpty()
                    && !isMeasure
                    && state == ItemState.NOT_STARTED
                    && comment == null
                    && spent.isEmpty()) {
                continue; // an untouched activity: nothing to record
            }
            MonitoringItem item = existing.orElseGet(() -> new MonitoringItem(planId, node.id(), year));
            ItemState oldState = existing.isPresent() ? item.state() : null;
            String oldComment = item.comment();
            Map<FundingSource, Long> oldSpent = item.spending();
            if (existing.isPresent()
                    && oldState == state
                    && Objects.equals(oldComment, comment)
                    && oldSpent.equals(spent)) {
                continue;
            }
            item.record(state, comment, spent, by, now);
            items.save(item);
            if (oldState != state) {
                audit(planId, year, node, "state", oldState == null ? null : oldState.name(), state.name(), by, now);
            }
            if (!Objects.equals(oldComment, comment)) {
                audit(planId, year, node, "comment", oldComment, comment, by, now);
            }
            for (FundingSource s : FundingSource.values()) {
                Long before = oldSpent.get(s);
                Long after = spent.get(s);
                if (!Objects.equals(before, after)) {
                    audit(planId, year, node, "spent." + s.name(), text(before), text(after), by, now);
                }
            }
        }
        Map<Long, IndicatorView> indicators =
                measure.indicators().stream().collect(Collectors.toMap(IndicatorView::id, iv -> iv));
        for (ActualEntry entry : form.getActuals()) {
            IndicatorView iv = indicators.get(entry.getIndicatorId());
            BigDecimal value = UnitRule.of(iv.unit()).parse(entry.getValue());
            Optional<IndicatorActual> existing = actuals.findByPlanIdAndIndicatorIdAndYear(planId, iv.id(), year);
            if (existing.isPresent() != (entry.getVersion() != null)
                    || existing.isPresent() && existing.get().version() != entry.getVersion()) {
                throw new StaleEditException(
                        iv.name() + " (" + year + ")",
                        entry.getValue(),
                        existing.map(a -> a.value().toPlainString()).orElse(null),
                        returnUrl,
                        false);
            }
            BigDecimal old = existing.map(IndicatorActual::value).orElse(null);
            if (old == null && value == null || old != null && value != null && old.compareTo(value) == 0) {
                continue;
            }
            String label = measure.number() + " " + iv.name();
            if (value == null) {
                actuals.delete(existing.get());
            } else {
                IndicatorActual actual =
                        existing.orElseGet(() -> new IndicatorActual(planId, measure.id(), iv.id(), year));
                actual.record(value, by, now);
                actuals.save(actual);
            }
            changes.save(new MonitoringChange(
                    planId, year, measure.id(), label, "actual", plain(old), plain(value), by, now));
        }
    }

    /** The change log of a plan's monitoring, newest first (VIEW_INTERNAL). */
    @Transactional(readOnly = true)
    Page<ChangeRow> changes(int code, long planId, int page) {
        access.check(code, Action.VIEW_INTERNAL);
        strategy.summary(code, planId);
        return changes.findByPlanId(
                        planId,
                        PageRequest.of(
                                Math.max(page, 0),
                                CHANGES_PAGE,
                                Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"))))
                .map(MonitoringChange::toRow);
    }

    private void audit(
            long planId, int year, NodeView node, String field, String old, String now, String by, Instant at) {
        changes.save(new MonitoringChange(planId, year, node.id(), node.label(), field, old, now, by, at));
    }

    private static String text(Long amount) {
        return amount == null ? null : String.valueOf(amount);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static NodeView measure(PlanPage page, long measureId) {
        return MonitoringQueries.measures(page.tree()).stream()
                .filter(m -> m.id() == measureId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure " + measureId));
    }

    /** The form must name the measure and only its activities, and only its indicators. */
    private static void checkShape(NodeView measure, MeasureEntryForm form) {
        Set<Long> nodes = new java.util.HashSet<>();
        nodes.add(measure.id());
        measure.children().forEach(a -> nodes.add(a.id()));
        Set<Long> seen = new java.util.HashSet<>();
        for (ItemEntry e : form.getItems()) {
            if (e.getNodeId() == null || !nodes.contains(e.getNodeId()) || !seen.add(e.getNodeId())) {
                throw new NotFoundException("node " + e.getNodeId() + " of measure " + measure.id());
            }
            if (e.getSpent() == null) {
                e.setSpent(new LinkedHashMap<>());
            }
        }
        Set<Long> indicators =
                measure.indicators().stream().map(IndicatorView::id).collect(Collectors.toSet());
        Set<Long> seenIndicators = new java.util.HashSet<>();
        for (ActualEntry e : form.getActuals()) {
            if (e.getIndicatorId() == null
                    || !indicators.contains(e.getIndicatorId())
                    || !seenIndicators.add(e.getIndicatorId())) {
                throw new NotFoundException("indicator " + e.getIndicatorId() + " of measure " + measure.id());
            }
        }
    }

    static ItemState state(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ItemState.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static FundingSource source(String text) {
        try {
            return FundingSource.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Null when the amount is fine (blank = 0), else the message key of the problem. */
    static String amountError(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned =
                text.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "");
        if (cleaned.endsWith("Kč")) {
            cleaned = cleaned.substring(0, cleaned.length() - 2);
        }
        if (cleaned.matches("-\\d+([.,]\\d+)?")) {
            return "monitoring.validation.amount.negative";
        }
        if (cleaned.matches("\\d+[.,]\\d+")) {
            return "monitoring.validation.amount.whole";
        }
        if (!cleaned.matches("\\d{1,13}")) {
            return "monitoring.validation.amount.number";
        }
        return Long.parseLong(cleaned) > MonitoringItem.AMOUNT_MAX ? "monitoring.validation.amount.large" : null;
    }

    static long amount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String cleaned =
                text.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "");
        if (cleaned.endsWith("Kč")) {
            cleaned = cleaned.substring(0, cleaned.length() - 2);
        }
        return Long.parseLong(cleaned);
    }
}
