package cz.planovna.region;

import cz.planovna.strategy.CostLine;
import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.MeasureKind;
import cz.planovna.strategy.NodeKind;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
import cz.planovna.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo: what the kraj page needs to compare the three Jihočeský demo ORP. Písek (a draft 2023–2025)
 * and Blatná (in force 2020–2022) have plans from the strategy demo, capacities from the demo
 * catalogue and synthetic population; Český Krumlov had no plan. It gets an illustrative plan
 * 2026–2028 put out for public comments, written by its demo coordinator through the strategy
 * module's service (so the change log names her), with measures modelled on the Blatná demo plan
 * (same code-list types and groups) and costs in the current years. Runs last; an ORP with a plan
 * is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(90)
class RegionDemoData implements ApplicationRunner {

    static final int KRUMLOV = 3103;
    static final String AUTHOR = "koordinator.krumlov@planovna.cz";

    private static final Logger log = LoggerFactory.getLogger(RegionDemoData.class);

    private final StrategyService service;
    private final StrategyQueries queries;
    private final TerritoryQueries territory;

    RegionDemoData(StrategyService service, StrategyQueries queries, TerritoryQueries territory) {
        this.service = service;
        this.queries = queries;
        this.territory = territory;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean planning = territory
                .district(KRUMLOV)
                .map(d -> d.district().planningActive())
                .orElse(false);
        if (!planning) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(AUTHOR, null, List.of()));
        try {
            if (!queries.mayEdit(KRUMLOV) || !queries.plans(KRUMLOV, 0, null).isEmpty()) {
                return;
            }
            krumlov();
            log.info("Demo: the Český Krumlov plan 2026–2028 in public commenting (illustrative)");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void krumlov() {
        long plan = service.createPlan(
                KRUMLOV,
                "Plán rozvoje sociálních služeb ORP Český Krumlov 2026–2028 (ilustrativní)",
                2026,
                2028,
                "Lidé na Českokrumlovsku najdou pomoc blízko domova, i v odlehlých obcích Šumavy. (Ilustrativní"
                        + " data pro ukázku Plánovny.)");
        long seniors = node(plan, null, NodeKind.PRIORITY, "Stárnutí v domácím prostředí", null, List.of(), List.of());
        long home = node(plan, seniors, NodeKind.GOAL, "Dostupná péče i v horských obcích", null, List.of(), List.of());
        long care = node(
                plan,
                home,
                NodeKind.MEASURE,
                "Terénní pečovatelská služba pro obce Šumavy",
                MeasureKind.DEVELOP,
                List.of("DruhSocialniSluzby/4"),
                List.of("CilovaSkupinaOsoby/24", "CilovaSkupinaOsoby/17"));
        costs(
                plan,
                care,
                Map.of(
                        2026,
                        new long[] {1_200_000, 1_800_000},
                        2027,
                        new long[] {1_250_000, 1_850_000},
                        2028,
                        new long[] {1_300_000, 1_900_000}));
        long residential = node(
                plan,
                home,
                NodeKind.MEASURE,
                "Zachování kapacity domova pro seniory",
                MeasureKind.KEEP,
                List.of("DruhSocialniSluzby/13"),
                List.of("CilovaSkupinaOsoby/24"));
        costs(plan, residential, Map.of(2026, new long[] {3_400_000, 6_100_000}, 2027, new long[] {3_500_000, 6_200_000
        }));
        long families = node(plan, null, NodeKind.PRIORITY, "Rodiny a mladí lidé", null, List.of(), List.of());
        long support = node(plan, families, NodeKind.GOAL, "Pomoc rodinám v krizi", null, List.of(), List.of());
        long sas = node(
                plan,
                support,
                NodeKind.MEASURE,
                "Sociálně aktivizační služba pro rodiny s dětmi",
                MeasureKind.CREATE,
                List.of("DruhSocialniSluzby/29"),
                List.of());
        costs(plan, sas, Map.of(2026, new long[] {350_000, 900_000}, 2027, new long[] {360_000, 950_000}));
        long version = queries.summary(KRUMLOV, plan).version();
        service.transition(KRUMLOV, plan, version, PlanState.PUBLIC_COMMENTING, null, null, null);
    }

    private long node(
            long plan,
            Long parent,
            NodeKind kind,
            String title,
            MeasureKind measureKind,
            List<String> serviceTypes,
            List<String> targetGroups) {
        return service.addNode(
                KRUMLOV, plan, parent, kind, title, measureKind, serviceTypes, targetGroups, "Město Český Krumlov");
    }

    /** Year → amounts paid by the municipalities and by the state. */
    private void costs(long plan, long measure, Map<Integer, long[]> byYear) {
        List<CostLine> lines = new ArrayList<>();
        byYear.forEach((year, amounts) -> {
            lines.add(new CostLine(year, FundingSource.MUNICIPALITY, amounts[0]));
            lines.add(new CostLine(year, FundingSource.STATE, amounts[1]));
        });
        service.saveCosts(KRUMLOV, plan, measure, 0, lines);
    }
}
