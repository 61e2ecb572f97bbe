package cz.planovna.monitoring;

import cz.planovna.monitoring.EntryPage.MeasureEntry;
import cz.planovna.monitoring.MonitoringForms.MeasureEntryForm;
import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo monitoring of the Blatná plan 2020–2022 (illustrative): 2020 in full and 2021 in part, with
 * states, spending and indicator actuals chosen so that the dashboard shows every level. Recorded
 * through {@link MonitoringService} as the demo ORP coordinator of Blatná (so the change log has
 * entries); runs after the strategy and action-plan demo runners, once.
 */
@Component
@Profile("demo & !postgres")
@Order(60)
class MonitoringDemoData implements ApplicationRunner {

    static final int BLATNA = 3101;
    static final String COORDINATOR = "koordinator.blatna@planovna.cz";

    private static final Logger log = LoggerFactory.getLogger(MonitoringDemoData.class);

    private final MonitoringService service;
    private final MonitoringQueries queries;
    private final StrategyQueries strategy;

    MonitoringDemoData(MonitoringService service, MonitoringQueries queries, StrategyQueries strategy) {
        this.service = service;
        this.queries = queries;
        this.strategy = strategy;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                COORDINATOR, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
        SecurityContextHolder.setContext(context);
        try {
            Optional<PlanSummary> plan = strategy.plans(BLATNA, 0, null).stream()
                    .filter(p -> p.yearFrom() == 2020 && p.title().contains("Blatná"))
                    .findFirst();
            if (plan.isEmpty()
                    || !queries.monitoredYears(BLATNA, plan.get().id()).isEmpty()) {
                return;
            }
            long planId = plan.get().id();
            year2020(planId);
            year2021(planId);
            log.info("Demo: monitoring of the Blatná plan for 2020 and part of 2021 (illustrative)");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void year2020(long planId) {
        EntryPage page = service.entryPage(BLATNA, planId, 2020);
        record(
                page,
                "Rozvoj pečovatelské",
                ItemState.RUNNING,
                "Víkendový provoz od září, druhé auto až v roce 2021.",
                0.9,
                "99");
        activity(page, "Rozvoj pečovatelské", 0, ItemState.DONE, "Víkendy a svátky zajištěny od 1. 9. 2020.");
        record(page, "Zachování odlehčovací", ItemState.DONE, null, 1.0, "4");
        record(page, "Zachování kapacity", ItemState.DONE, "Kapacita zachována, obsazenost 98 %.", 1.02, "104");
        record(
                page,
                "Vznik sociálně aktivizační",
                ItemState.RUNNING,
                "Služba registrována až v červnu, proto méně rodin.",
                0.45,
                "3");
        record(
                page,
                "Terénní forma nízkoprahového",
                ItemState.CANCELLED,
                "Poskytovatel od záměru ustoupil; řeší se s krajem pro příští plán.",
                0.0);
        record(page, "Odborné sociální a dluhové", ItemState.RUNNING, null, 0.8, "6");
        record(page, "Nouzové bydlení", ItemState.NOT_STARTED, "Město hledá vhodný byt.", 0.0);
    }

    private void year2021(long planId) {
        EntryPage page = service.entryPage(BLATNA, planId, 2021);
        record(page, "Rozvoj pečovatelské", ItemState.RUNNING, "Druhé auto v provozu od března.", 0.5, "103", "14");
        record(page, "Vznik sociálně aktivizační", ItemState.RUNNING, null, 0.4, "12");
    }

    /** Records a measure: state, comment, spending as a share of planned per source, actuals in order. */
    private void record(
            EntryPage page, String title, ItemState state, String comment, double share, String... actuals) {
        MeasureEntry entry = find(page, title);
        MeasureEntryForm form = entry.form();
        var item = form.getItems().get(0);
        item.setState(state.name());
        item.setComment(comment == null ? "" : comment);
        for (FundingSource s : page.sources()) {
            long planned = entry.progress().money().planned(s);
            long spent = BigDecimal.valueOf(planned * share)
                    .setScale(-3, RoundingMode.HALF_UP)
                    .longValue();
            item.getSpent().put(s.name(), spent == 0 ? "" : String.valueOf(spent));
        }
        for (int i = 0; i < actuals.length && i < form.getActuals().size(); i++) {
            form.getActuals().get(i).setValue(actuals[i]);
        }
        service.save(BLATNA, page.plan().id(), page.year(), entry.measure().id(), form);
    }

    private void activity(EntryPage page, String measureTitle, int index, ItemState state, String comment) {
        EntryPage fresh = service.entryPage(BLATNA, page.plan().id(), page.year());
        MeasureEntry entry = find(fresh, measureTitle);
        MeasureEntryForm form = entry.form();
        if (form.getItems().size() <= index + 1) {
            return;
        }
        var item = form.getItems().get(index + 1);
        item.setState(state.name());
        item.setComment(comment);
        service.save(BLATNA, page.plan().id(), page.year(), entry.measure().id(), form);
    }

    private static MeasureEntry find(EntryPage page, String title) {
        List<MeasureEntry> found = page.measures().stream()
                .filter(m -> m.measure().title().startsWith(title))
                .toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("demo measure not found: " + title);
        }
        return found.get(0);
    }
}
