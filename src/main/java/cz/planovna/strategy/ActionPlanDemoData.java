package cz.planovna.strategy;

import static cz.planovna.strategy.FundingSource.EU;
import static cz.planovna.strategy.FundingSource.MUNICIPALITY;
import static cz.planovna.strategy.FundingSource.STATE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo action plans, illustrative. The seeds name an "action plan 2019" for Blatná, but the Blatná
 * medium-term plan spans 2020–2022 and an action plan lies inside its plan's span, so Blatná gets
 * the action plan 2020 (approved, with adjustments: a budget raised, an EU project replaced by a
 * state subsidy, a measure added, an activity postponed) and 2021 (a draft as generated); the Písek
 * draft plan gets a draft action plan for its first year. Runs after {@link StrategyDemoData};
 * idempotent: a plan with action plans is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(51)
class ActionPlanDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActionPlanDemoData.class);

    private final PlanRepository plans;
    private final ActionPlanRepository actionPlans;
    private final ActionItemRepository items;
    private final ActionChangeRepository changes;
    private final StrategyService strategy;
    private final TransactionTemplate tx;

    ActionPlanDemoData(
            PlanRepository plans,
            ActionPlanRepository actionPlans,
            ActionItemRepository items,
            ActionChangeRepository changes,
            StrategyService strategy,
            TransactionTemplate tx) {
        this.plans = plans;
        this.actionPlans = actionPlans;
        this.items = items;
        this.changes = changes;
        this.strategy = strategy;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> {
            StrategicPlan blatna = first(StrategyDemoData.BLATNA);
            if (blatna != null
                    && actionPlans.findByPlanIdOrderByYearAsc(blatna.id()).isEmpty()) {
                blatna(blatna);
                log.info("Demo: Blatná action plans 2020 (approved) and 2021 (draft), illustrative");
            }
            StrategicPlan pisek = first(StrategyDemoData.PISEK);
            if (pisek != null
                    && actionPlans.findByPlanIdOrderByYearAsc(pisek.id()).isEmpty()) {
                generate(pisek, pisek.yearFrom());
                log.info("Demo: Písek draft action plan {} (illustrative)", pisek.yearFrom());
            }
        });
    }

    private StrategicPlan first(int orp) {
        return plans.findByDistrictCode(orp, Pageable.unpaged()).stream()
                .filter(p -> p.title().contains("ilustrativní"))
                .findFirst()
                .orElse(null);
    }

    private void blatna(StrategicPlan plan) {
        ActionPlan ap2020 = generate(plan, 2020);
        Map<String, ActionItem> byTitle = itemsByTitle(plan.id(), ap2020.id());
        Map<String, NodeView> nodes = new HashMap<>();
        strategy.tree(plan.id()).forEach(n -> nodes.put(n.title(), n));

        ActionItem care = byTitle.get("Rozvoj pečovatelské služby ve městě i v obcích");
        if (care != null) {
            Map<FundingSource, Long> budget = new HashMap<>(care.planned());
            budget.put(MUNICIPALITY, 1_520_000L);
            care.budget(budget);
            care.schedule(
                    care.toData().responsible(),
                    ActionTerm.YEAR,
                    null,
                    null,
                    "Město navýšilo příspěvek o 70 000 Kč na víkendový provoz.");
        }
        ActionItem weekends = byTitle.get("Rozšíření provozu o víkendy a svátky");
        if (weekends != null) {
            weekends.schedule("Město Blatná – Pečovatelská služba", ActionTerm.Q2, null, null, null);
        }
        ActionItem car = byTitle.get("Druhé služební auto pro terénní péči");
        if (car != null) {
            car.remove();
        }
        ActionItem sas = byTitle.get("Vznik sociálně aktivizační služby pro rodiny s dětmi");
        if (sas != null) {
            Map<FundingSource, Long> budget = new HashMap<>(sas.planned());
            budget.put(EU, 0L);
            budget.put(STATE, 560_000L);
            sas.budget(budget);
            sas.schedule(
                    sas.toData().responsible(),
                    ActionTerm.RANGE,
                    LocalDate.of(2020, 7, 1),
                    LocalDate.of(2020, 12, 31),
                    "Projekt do OP Zaměstnanost nebyl podpořen; služba začne v červenci z dotace kraje (státní"
                            + " prostředky).");
        }
        NodeView nzdm = nodes.get("Terénní forma nízkoprahového zařízení pro děti a mládež");
        if (nzdm != null) {
            int last = items.findByActionPlanId(ap2020.id()).stream()
                    .mapToInt(ActionItem::position)
                    .max()
                    .orElse(0);
            ActionItem added = items.save(
                    new ActionItem(ap2020.id(), nzdm.id(), last + 1, ItemOrigin.ADDED, List.of(), nzdm.responsible()));
            added.budget(Map.of(MUNICIPALITY, 40_000L));
            added.schedule(nzdm.responsible(), ActionTerm.Q4, null, null, "Přípravný rok: mapování míst a partnerů.");
        }
        Instant now = Instant.now();
        ap2020.approve("Rada města Blatná", LocalDate.of(2020, 2, 10), "RM/112/2020", now);
        changes.save(new ActionPlanChange(
                ap2020.id(), now, StrategyDemoData.AUTHOR, "action.approved", "Rada města Blatná, RM/112/2020"));
        generate(plan, 2021);
    }

    private ActionPlan generate(StrategicPlan plan, int year) {
        Instant now = Instant.now();
        ActionPlan actionPlan = actionPlans.save(new ActionPlan(plan.id(), year, now));
        List<ActionPlanGenerator.Generated> generated = ActionPlanGenerator.generate(strategy.tree(plan.id()), year);
        int position = 1;
        for (ActionPlanGenerator.Generated g : generated) {
            items.save(new ActionItem(
                    actionPlan.id(), g.nodeId(), position++, ItemOrigin.GENERATED, g.planned(), g.responsible()));
        }
        changes.save(new ActionPlanChange(
                actionPlan.id(), now, StrategyDemoData.AUTHOR, "action.generated", String.valueOf(generated.size())));
        return actionPlan;
    }

    private Map<String, ActionItem> itemsByTitle(long planId, long actionPlanId) {
        Map<Long, String> titles = new HashMap<>();
        strategy.tree(planId).forEach(n -> titles.put(n.id(), n.title()));
        Map<String, ActionItem> byTitle = new HashMap<>();
        items.findByActionPlanId(actionPlanId).forEach(i -> byTitle.put(titles.get(i.nodeId()), i));
        return byTitle;
    }
}
