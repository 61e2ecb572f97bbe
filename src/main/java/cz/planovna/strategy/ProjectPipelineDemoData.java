package cz.planovna.strategy;

import static cz.planovna.strategy.FundingSource.EU;
import static cz.planovna.strategy.FundingSource.MUNICIPALITY;
import static cz.planovna.strategy.FundingSource.REGION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * The demo project pipeline of ORP Písek: ten illustrative projects (marked so on every page and in
 * the export) in every state, linked to the measures of the Písek draft plan. The two priority
 * areas the draft leaves empty get one goal and one measure each (only while they are still empty),
 * so that projects have more than one measure to belong to. Runs after {@link StrategyDemoData};
 * idempotent: an ORP with illustrative projects is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(55)
class ProjectPipelineDemoData implements ApplicationRunner {

    static final int PISEK = StrategyDemoData.PISEK;
    private static final String AUTHOR = StrategyDemoData.AUTHOR;
    private static final Logger log = LoggerFactory.getLogger(ProjectPipelineDemoData.class);

    private final ProjectRepository projects;
    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final TransactionTemplate tx;

    ProjectPipelineDemoData(
            ProjectRepository projects, PlanRepository plans, NodeRepository nodes, TransactionTemplate tx) {
        this.projects = projects;
        this.plans = plans;
        this.nodes = nodes;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (projects.existsByDistrictCodeAndIllustrativeTrue(PISEK)) {
            return;
        }
        Optional<StrategicPlan> plan = plans.findByDistrictCode(PISEK, Pageable.unpaged()).stream()
                .min((a, b) -> Integer.compare(b.yearFrom(), a.yearFrom()));
        if (plan.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> pipeline(plan.get().id()));
        log.info("Demo: the Písek project pipeline (illustrative)");
    }

    private void pipeline(long planId) {
        List<StrategyNode> tree = nodes.findByPlanIdAndRemovedFalse(planId);
        Long field = tree.stream()
                .filter(n -> n.kind() == NodeKind.MEASURE)
                .min((a, b) -> Long.compare(a.id(), b.id()))
                .map(StrategyNode::id)
                .orElse(null);
        Long families = measureUnder(
                planId,
                tree,
                "Rodiny s dětmi",
                "Podpořit rodiny s dětmi v obtížné situaci",
                "Sociálně aktivizační služby pro rodiny s dětmi v obcích ORP",
                MeasureKind.DEVELOP);
        Long housing = measureUnder(
                planId,
                tree,
                "Osoby sociálně vyloučené",
                "Zajistit dostupné bydlení s návaznou podporou",
                "Krizové a sociální bydlení s terénní podporou",
                MeasureKind.CREATE);
        Instant start = Instant.now().minus(120, ChronoUnit.DAYS);

        project(
                start,
                "Pečovatelská služba pro Mirovicko a Čimelicko",
                "Pečovatelská služba Písecko, z. ú.",
                "Mgr. Jana Dvořáková",
                "dvorakova@example.cz",
                null,
                "Nové terénní pracoviště v Mirovicích: dvě pečovatelky a služební vůz pro obce do 500 obyvatel.",
                2_450_000,
                List.of(new CostLine(2024, MUNICIPALITY, 450_000), new CostLine(2024, EU, 2_000_000)),
                field,
                ProjectReadiness.READY,
                "Výzva IROP – sociální služby",
                "IROP 2021–2027",
                LocalDate.of(2024, 9, 30),
                ProjectState.PREPARED,
                ProjectState.SUBMITTED,
                ProjectState.FUNDED);
        project(
                start,
                "Osobní asistence v rodinách na Protivínsku",
                "Asistence Jih, o. p. s.",
                "Petr Novák",
                "+420 777 000 111",
                null,
                "Rozšíření osobní asistence o víkendy a večery pro 12 klientů v Protivíně a okolí.",
                1_180_000,
                List.of(),
                field,
                ProjectReadiness.READY,
                "Dotační program kraje pro sociální služby",
                "Jihočeský kraj",
                LocalDate.of(2024, 11, 15),
                ProjectState.PREPARED,
                ProjectState.SUBMITTED);
        project(
                start,
                "Sdílené auto pro terénní služby v Čížové",
                "Obec Čížová",
                "starosta obce",
                "obec@example.cz",
                null,
                "Elektromobil sdílený pečovatelskou službou a sociální prací obce.",
                890_000,
                List.of(),
                field,
                ProjectReadiness.DOCUMENTATION,
                "Národní program Životní prostředí",
                "SFŽP",
                LocalDate.of(2025, 3, 31),
                ProjectState.PREPARED);
        project(
                start,
                "Rekonstrukce denního stacionáře v Písku",
                "Domov Písek, příspěvková organizace",
                "Ing. Marie Horáková",
                "horakova@example.cz",
                "56044101",
                "Bezbariérová přestavba přízemí pro 15 klientů denního stacionáře; hotová projektová dokumentace"
                        + " i stavební povolení.",
                14_600_000,
                List.of(new CostLine(2025, MUNICIPALITY, 2_190_000), new CostLine(2025, EU, 12_410_000)),
                field,
                ProjectReadiness.PERMIT,
                "Výzva IROP – infrastruktura sociálních služeb",
                "IROP 2021–2027",
                LocalDate.of(2025, 6, 30),
                ProjectState.PREPARED,
                ProjectState.SUBMITTED,
                ProjectState.REJECTED);
        project(
                start,
                "Klub pro rodiny s dětmi v Miroticích",
                "Rodinné centrum Beruška, z. s.",
                "Lucie Krejčí",
                "beruska@example.cz",
                null,
                "Odpolední klub a podpora rodičů při péči o děti, dvakrát týdně v Mirotících.",
                620_000,
                List.of(new CostLine(2024, MUNICIPALITY, 120_000), new CostLine(2024, REGION, 500_000)),
                families,
                ProjectReadiness.READY,
                "Rodina – podpora rodin s dětmi",
                "MPSV",
                LocalDate.of(2024, 10, 31),
                ProjectState.PREPARED,
                ProjectState.SUBMITTED,
                ProjectState.FUNDED);
        project(
                start,
                "Terénní sociální práce s rodinami v Putimi a Ražicích",
                "Město Písek",
                "Bc. Tomáš Mareš",
                "mares@example.cz",
                null,
                "Úvazek terénního sociálního pracovníka pro rodiny ohrožené odebráním dětí.",
                980_000,
                List.of(),
                families,
                ProjectReadiness.DOCUMENTATION,
                null,
                null,
                null,
                ProjectState.PREPARED);
        project(
                start,
                "Krizové byty pro matky s dětmi",
                "Město Písek",
                "odbor sociálních věcí",
                "socialni@example.cz",
                null,
                "Dva městské byty vyčleněné pro krizové ubytování s podporou sociální práce.",
                3_200_000,
                List.of(),
                housing,
                ProjectReadiness.INTENT,
                null,
                null,
                null);
        project(
                start,
                "Noclehárna na zimní období",
                "Charitní spolek Písecko, z. s.",
                null,
                null,
                null,
                "Sezónní noclehárna pro 10 osob bez přístřeší v prosinci až březnu.",
                450_000,
                List.of(),
                housing,
                ProjectReadiness.INTENT,
                "Dotace na zimní opatření",
                "Město Písek",
                LocalDate.of(2025, 9, 15));
        project(
                start,
                "Sociální bydlení v Protivíně",
                "Město Protivín",
                null,
                null,
                null,
                "Nápad z pracovní skupiny: přestavba bývalé školy na 6 malometrážních bytů.",
                28_000_000,
                List.of(),
                null,
                ProjectReadiness.INTENT,
                null,
                null,
                null);
        project(
                start,
                "Dobrovolnické centrum pro seniory",
                "Seniorské centrum Písek, z. s.",
                "Eva Malá",
                null,
                null,
                "Návštěvy dobrovolníků u osamělých seniorů, dočasně bez vazby na plán.",
                300_000,
                List.of(),
                null,
                ProjectReadiness.INTENT,
                null,
                null,
                null,
                ProjectState.REJECTED);
    }

    private void project(
            Instant start,
            String title,
            String organisation,
            String person,
            String contact,
            String ico,
            String description,
            long cost,
            List<CostLine> split,
            Long measure,
            ProjectReadiness readiness,
            String call,
            String programme,
            LocalDate deadline,
            ProjectState... path) {
        PipelineProject project = new PipelineProject(
                PISEK,
                new ProjectDetails(
                        title,
                        organisation,
                        person,
                        contact,
                        ico,
                        description,
                        cost,
                        split,
                        measure,
                        readiness,
                        call,
                        programme,
                        deadline),
                true,
                AUTHOR,
                start);
        Instant at = start;
        for (ProjectState state : path) {
            at = at.plus(14, ChronoUnit.DAYS);
            project.moveTo(state, note(state), AUTHOR, at);
        }
        projects.save(project);
    }

    private static String note(ProjectState state) {
        return switch (state) {
            case PREPARED -> "Projednáno v pracovní skupině (ilustrativní).";
            case SUBMITTED -> "Žádost podána (ilustrativní).";
            case FUNDED -> "Rozhodnutí o poskytnutí dotace (ilustrativní).";
            case REJECTED -> "Nepodpořeno (ilustrativní).";
            case IDEA -> null;
        };
    }

    /** The goal and measure under an empty priority area of the plan; null when the area is not empty. */
    private Long measureUnder(
            long planId, List<StrategyNode> tree, String priority, String goal, String measure, MeasureKind kind) {
        StrategyNode area = tree.stream()
                .filter(n -> n.kind() == NodeKind.PRIORITY && n.title().equals(priority))
                .findFirst()
                .orElse(null);
        if (area == null || tree.stream().anyMatch(n -> Objects.equals(n.parentId(), area.id()))) {
            return null;
        }
        StrategyNode g =
                nodes.save(new StrategyNode(planId, area, NodeKind.GOAL, 1, NodeDetails.simple(goal, null, null)));
        StrategyNode m = nodes.save(new StrategyNode(
                planId,
                g,
                NodeKind.MEASURE,
                1,
                new NodeDetails(
                        measure,
                        null,
                        null,
                        kind,
                        List.of(),
                        List.of(),
                        List.of(),
                        "Zásobník projektů Písek (ilustrativní).",
                        null)));
        return m.id();
    }
}
