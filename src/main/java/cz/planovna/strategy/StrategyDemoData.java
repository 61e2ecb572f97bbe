package cz.planovna.strategy;

import static cz.planovna.strategy.FundingSource.EU;
import static cz.planovna.strategy.FundingSource.MUNICIPALITY;
import static cz.planovna.strategy.FundingSource.OTHER;
import static cz.planovna.strategy.FundingSource.REGION;
import static cz.planovna.strategy.FundingSource.STATE;
import static cz.planovna.strategy.FundingSource.USERS;

import cz.planovna.territory.TerritoryQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo plans, illustrative (they say so in the title and the vision): the Blatná medium-term plan
 * 2020–2022 in force, with three priority areas after its working groups, goals, measures with
 * costs per year and source, indicators and one approved amendment; and a Písek draft 2023–2025
 * whose checklist still finds gaps. Idempotent: an ORP with a plan is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(50)
class StrategyDemoData implements ApplicationRunner {

    static final int BLATNA = 3101;
    static final int PISEK = 3108;
    static final String AUTHOR = "koordinátorka plánování (demo)";

    private static final Logger log = LoggerFactory.getLogger(StrategyDemoData.class);

    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final AmendmentRepository amendments;
    private final ChangeRepository changes;
    private final TerritoryQueries territory;
    private final TransactionTemplate tx;

    StrategyDemoData(
            PlanRepository plans,
            NodeRepository nodes,
            AmendmentRepository amendments,
            ChangeRepository changes,
            TerritoryQueries territory,
            TransactionTemplate tx) {
        this.plans = plans;
        this.nodes = nodes;
        this.amendments = amendments;
        this.changes = changes;
        this.territory = territory;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.findByDistrictCode(BLATNA, org.springframework.data.domain.Pageable.unpaged())
                .isEmpty()) {
            tx.executeWithoutResult(s -> blatna());
            log.info("Demo: the Blatná plan 2020–2022 (illustrative)");
        }
        if (plans.findByDistrictCode(PISEK, org.springframework.data.domain.Pageable.unpaged())
                .isEmpty()) {
            tx.executeWithoutResult(s -> pisek());
            log.info("Demo: the Písek draft plan 2023–2025 (illustrative)");
        }
    }

    private void blatna() {
        Instant now = Instant.now();
        StrategicPlan plan = plans.save(new StrategicPlan(
                territory.districtRef(BLATNA).orElseThrow(),
                "Střednědobý plán rozvoje sociálních služeb ORP Blatná 2020–2022 (ilustrativní)",
                2020,
                2022,
                "Lidé na Blatensku mají dostupné sociální služby, které odpovídají jejich potřebám, pomáhají jim"
                        + " žít co nejdéle doma a v krizi jim rychle poskytnou pomoc. Služby spolupracují mezi sebou,"
                        + " s obcemi i s Jihočeským krajem. (Ilustrativní data pro ukázku Plánovny.)",
                now));
        long id = plan.id();
        List<Integer> obce = obce(BLATNA, "Blatná", "Bělčice", "Kadov", "Sedlice");

        StrategyNode seniors = add(
                id,
                null,
                NodeKind.PRIORITY,
                "Senioři a osoby se zdravotním postižením",
                "Oblast pracovní skupiny Podpora seniorů a osob se zdravotním postižením.",
                null);
        StrategyNode home =
                add(id, seniors, NodeKind.GOAL, "Umožnit seniorům zůstat co nejdéle v domácím prostředí", null, null);
        StrategyNode care = measure(
                id,
                home,
                "Rozvoj pečovatelské služby ve městě i v obcích",
                MeasureKind.DEVELOP,
                List.of("DruhSocialniSluzby/4"),
                List.of("CilovaSkupinaOsoby/24", "CilovaSkupinaOsoby/17"),
                obce,
                "Průzkum potřeb 2018: polovina seniorů z menších obcí by pečovatelskou službu využila, kdyby"
                        + " zajížděla i o víkendech.",
                "Město Blatná – Pečovatelská služba",
                "obce ORP Blatná");
        costs(
                care,
                Map.of(
                        2020, new long[] {1_450_000, 0, 2_100_000, 0, 900_000, 0},
                        2021, new long[] {1_500_000, 0, 2_150_000, 0, 950_000, 0},
                        2022, new long[] {1_550_000, 0, 2_200_000, 0, 1_000_000, 0}));
        care.addIndicator(
                "Počet klientů pečovatelské služby",
                "osob",
                new BigDecimal("95"),
                Map.of(2020, new BigDecimal("100"), 2021, new BigDecimal("105"), 2022, new BigDecimal("110")));
        care.addIndicator(
                "Obce, do kterých služba zajíždí",
                "obcí",
                new BigDecimal("12"),
                Map.of(2021, new BigDecimal("15"), 2022, new BigDecimal("18")));
        add(id, care, NodeKind.ACTIVITY, "Rozšíření provozu o víkendy a svátky", null, "Město Blatná");
        add(id, care, NodeKind.ACTIVITY, "Druhé služební auto pro terénní péči", null, "Město Blatná");
        StrategyNode respite = measure(
                id,
                home,
                "Zachování odlehčovací služby",
                MeasureKind.KEEP,
                List.of("DruhSocialniSluzby/8"),
                List.of("CilovaSkupinaOsoby/26"),
                List.of(),
                "Pečující osoby potřebují možnost odpočinku; služba je jediná v ORP.",
                "Domov pro seniory Blatná",
                null);
        costs(
                respite,
                Map.of(
                        2020, new long[] {250_000, 0, 480_000, 0, 310_000, 0},
                        2021, new long[] {260_000, 0, 495_000, 0, 320_000, 0},
                        2022, new long[] {270_000, 0, 510_000, 0, 330_000, 0}));
        respite.addIndicator(
                "Lůžka odlehčovací služby",
                "lůžek",
                new BigDecimal("4"),
                Map.of(2020, new BigDecimal("4"), 2021, new BigDecimal("4"), 2022, new BigDecimal("4")));
        StrategyNode residential =
                add(id, seniors, NodeKind.GOAL, "Zajistit pobytovou péči pro ty, kdo doma zůstat nemohou", null, null);
        StrategyNode home49 = measure(
                id,
                residential,
                "Zachování kapacity Domova pro seniory Blatná",
                MeasureKind.KEEP,
                List.of("DruhSocialniSluzby/13"),
                List.of("CilovaSkupinaOsoby/24"),
                List.of(),
                "Pořadník žadatelů má dlouhodobě přes 100 jmen.",
                "Domov pro seniory Blatná",
                "Jihočeský kraj (zřizovatel)");
        costs(
                home49,
                Map.of(
                        2020, new long[] {0, 3_200_000, 14_500_000, 0, 21_000_000, 400_000},
                        2021, new long[] {0, 3_300_000, 14_900_000, 0, 21_600_000, 400_000},
                        2022, new long[] {0, 3_400_000, 15_300_000, 0, 22_200_000, 400_000}));
        home49.addIndicator(
                "Kapacita domova",
                "lůžek",
                new BigDecimal("104"),
                Map.of(2020, new BigDecimal("104"), 2021, new BigDecimal("104"), 2022, new BigDecimal("104")));

        StrategyNode families = add(
                id,
                null,
                NodeKind.PRIORITY,
                "Rodiny, děti a mládež",
                "Oblast pracovní skupiny Podpora rodin, dětí a mládeže.",
                null);
        StrategyNode support =
                add(id, families, NodeKind.GOAL, "Podpořit rodiny s dětmi v obtížné situaci", null, null);
        StrategyNode sas = measure(
                id,
                support,
                "Vznik sociálně aktivizační služby pro rodiny s dětmi",
                MeasureKind.CREATE,
                List.of("DruhSocialniSluzby/29"),
                List.of(),
                obce,
                "Analýza poskytovatelů: v ORP Blatná chybí terénní služba pro rodiny; OSPOD eviduje přes 40 rodin"
                        + " v riziku.",
                "Oblastní charita Strakonice",
                "OSPOD MěÚ Blatná, základní školy");
        costs(
                sas,
                Map.of(
                        2020, new long[] {80_000, 0, 0, 620_000, 0, 0},
                        2021, new long[] {90_000, 0, 0, 650_000, 0, 0},
                        2022, new long[] {100_000, 60_000, 560_000, 0, 0, 0}));
        sas.addIndicator(
                "Rodiny v péči služby",
                "rodin",
                BigDecimal.ZERO,
                Map.of(2020, new BigDecimal("10"), 2021, new BigDecimal("18"), 2022, new BigDecimal("25")));
        add(
                id,
                sas,
                NodeKind.ACTIVITY,
                "Podání projektu do výzvy OP Zaměstnanost",
                null,
                "Oblastní charita Strakonice");
        StrategyNode youth = add(id, families, NodeKind.GOAL, "Nabídnout dospívajícím bezpečné zázemí", null, null);
        StrategyNode nzdm = measure(
                id,
                youth,
                "Terénní forma nízkoprahového zařízení pro děti a mládež",
                MeasureKind.DEVELOP,
                List.of("DruhSocialniSluzby/26"),
                List.of(),
                List.of(),
                "Setkání s mládeží 2019: chybí místo, kam chodit mimo školu.",
                "Město Blatná",
                null);
        costs(
                nzdm,
                Map.of(
                        2021, new long[] {120_000, 0, 380_000, 0, 0, 0},
                        2022, new long[] {125_000, 0, 395_000, 0, 0, 0}));

        StrategyNode crisis = add(
                id, null, NodeKind.PRIORITY, "Osoby v krizi", "Oblast pracovní skupiny Podpora osob v krizi.", null);
        StrategyNode help = add(
                id,
                crisis,
                NodeKind.GOAL,
                "Zajistit dostupnou pomoc lidem v krizi a ohroženým ztrátou bydlení",
                null,
                null);
        StrategyNode debt = measure(
                id,
                help,
                "Odborné sociální a dluhové poradenství v Blatné",
                MeasureKind.DEVELOP,
                List.of("DruhSocialniSluzby/2"),
                List.of("CilovaSkupinaOsoby/19"),
                obce,
                "Průzkum potřeb: zadlužení je nejčastěji uváděný problém lidí v krizi.",
                "Oblastní charita Strakonice",
                null);
        costs(
                debt,
                Map.of(
                        2020, new long[] {60_000, 0, 240_000, 0, 0, 0},
                        2021, new long[] {60_000, 0, 250_000, 0, 0, 0},
                        2022, new long[] {65_000, 0, 260_000, 0, 0, 0}));
        debt.addIndicator(
                "Konzultační hodiny v Blatné",
                "hodin týdně",
                new BigDecimal("4"),
                Map.of(2020, new BigDecimal("6"), 2021, new BigDecimal("8"), 2022, new BigDecimal("8")));
        StrategyNode shelter = measure(
                id,
                help,
                "Nouzové bydlení ve spolupráci s městem",
                MeasureKind.OTHER,
                List.of(),
                List.of("CilovaSkupinaOsoby/19"),
                List.of(),
                "Ve městě chybí okamžitá možnost přespání v krizi.",
                "Město Blatná",
                null);
        costs(
                shelter,
                Map.of(2021, new long[] {150_000, 0, 0, 0, 20_000, 0}, 2022, new long[] {60_000, 0, 0, 0, 20_000, 0}));
        shelter.addIndicator(
                "Nouzové byty", "bytů", BigDecimal.ZERO, Map.of(2021, BigDecimal.ONE, 2022, BigDecimal.ONE));

        plan.moveTo(PlanState.PUBLIC_COMMENTING, null, null, null, now);
        plan.moveTo(PlanState.APPROVED, "Zastupitelstvo města Blatná", LocalDate.of(2019, 12, 12), "ZM/9/2019", now);
        plan.moveTo(PlanState.IN_FORCE, null, null, null, now);
        PlanAmendment amendment = new PlanAmendment(
                id,
                1,
                "Opatření 3.1.2 Nouzové bydlení: náklady roku 2021 navýšeny na 170 000 Kč.",
                "Rekonstrukce bytu v městském domě byla dražší, než plán předpokládal.",
                AUTHOR,
                now);
        amendment.close("Zastupitelstvo města Blatná", LocalDate.of(2021, 3, 18), "ZM/41/2021");
        amendments.save(amendment);
        changes.save(new PlanChange(id, now, AUTHOR, "planCreated", plan.title()));
        changes.save(new PlanChange(id, now, AUTHOR, "state.IN_FORCE", null));
    }

    private void pisek() {
        Instant now = Instant.now();
        StrategicPlan plan = plans.save(new StrategicPlan(
                territory.districtRef(PISEK).orElseThrow(),
                "Střednědobý plán rozvoje sociálních služeb ORP Písek 2023–2025 – pracovní návrh (ilustrativní)",
                2023,
                2025,
                null,
                now));
        long id = plan.id();
        StrategyNode seniors = add(id, null, NodeKind.PRIORITY, "Senioři", null, null);
        StrategyNode capacity =
                add(id, seniors, NodeKind.GOAL, "Řešit nedostatečnou kapacitu pobytových služeb", null, null);
        StrategyNode field = measure(
                id,
                capacity,
                "Posílení terénních služeb v menších obcích",
                MeasureKind.DEVELOP,
                List.of("DruhSocialniSluzby/4", "DruhSocialniSluzby/3"),
                List.of("CilovaSkupinaOsoby/24"),
                List.of(),
                "Projekt KPSS Písek: špatná dostupnost terénních služeb mimo město.",
                null,
                "SOS Šumavsko, z.s.");
        costs(field, Map.of(2023, new long[] {400_000, 250_000, 1_200_000, 0, 300_000, 0}));
        add(id, null, NodeKind.PRIORITY, "Rodiny s dětmi", null, null);
        add(id, null, NodeKind.PRIORITY, "Osoby sociálně vyloučené", null, null);
        changes.save(new PlanChange(id, now, AUTHOR, "planCreated", plan.title()));
    }

    private StrategyNode add(
            long planId, StrategyNode parent, NodeKind kind, String title, String description, String responsible) {
        int position = (int) nodes.findByPlanIdAndRemovedFalse(planId).stream()
                        .filter(n -> Objects.equals(n.parentId(), parent == null ? null : parent.id()))
                        .count()
                + 1;
        return nodes.save(
                new StrategyNode(planId, parent, kind, position, NodeDetails.simple(title, description, responsible)));
    }

    private StrategyNode measure(
            long planId,
            StrategyNode goal,
            String title,
            MeasureKind kind,
            List<String> types,
            List<String> groups,
            List<Integer> obce,
            String justification,
            String responsible,
            String partners) {
        int position = (int) nodes.findByPlanIdAndRemovedFalse(planId).stream()
                        .filter(n -> Objects.equals(n.parentId(), goal.id()))
                        .count()
                + 1;
        return nodes.save(new StrategyNode(
                planId,
                goal,
                NodeKind.MEASURE,
                position,
                new NodeDetails(title, null, responsible, kind, types, groups, obce, justification, partners)));
    }

    /** Amounts per year in the order of {@link FundingSource}. */
    private static void costs(StrategyNode measure, Map<Integer, long[]> amounts) {
        List<CostLine> lines = new ArrayList<>();
        FundingSource[] sources = {MUNICIPALITY, REGION, STATE, EU, USERS, OTHER};
        amounts.forEach((year, values) -> {
            for (int i = 0; i < sources.length; i++) {
                lines.add(new CostLine(year, sources[i], values[i]));
            }
        });
        measure.replaceCosts(lines);
    }

    private List<Integer> obce(int orp, String... names) {
        List<String> wanted = List.of(names);
        return territory.district(orp).orElseThrow().municipalities().stream()
                .filter(m -> wanted.contains(m.name()))
                .map(m -> m.code())
                .toList();
    }
}
