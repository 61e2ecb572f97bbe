package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.analysis.FindingSource;
import cz.planovna.analysis.FindingStatus;
import cz.planovna.analysis.FindingView;
import cz.planovna.analysis.Importance;
import cz.planovna.analysis.NetworkReport.CapacityTotal;
import cz.planovna.analysis.PyramidBand;
import cz.planovna.analysis.Quadrant;
import cz.planovna.analysis.SwotItemView;
import cz.planovna.analysis.SwotView;
import cz.planovna.catalogue.CapacityType;
import cz.planovna.catalogue.DeliveryForm;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.strategy.PlanDocumentModel.Block;
import cz.planovna.strategy.PlanDocumentModel.Figure;
import cz.planovna.strategy.PlanDocumentModel.Paragraph;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The models of the plan chapters (findings, SWOT, project pipeline, action plan choice, charts)
 * from hand-made inputs, with hand-computed counts and sums.
 */
class PlanChaptersModelTest {

    static final String N = "\u00A0";
    static final OrpView ORP = new OrpView(3111, "Strakonice", 3034, "Jihočeský kraj");

    static PlanDocumentInput input() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/analysis/messages", "i18n/strategy/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new PlanDocumentInput(
                ORP,
                null,
                null,
                List.of(),
                Map.of(),
                Map.of(),
                LocalDate.of(2026, 12, 7),
                messages,
                PlanDocumentGenerator.CZECH,
                new CzechFormats());
    }

    static FindingView finding(
            int number, String statement, String group, Importance importance, FindingStatus status) {
        return new FindingView(
                number,
                3111,
                number,
                "Z-%03d".formatted(number),
                statement,
                group == null ? null : "code-" + group,
                group,
                FindingSource.INTERVIEW,
                7L,
                "Senioři v Miroticích",
                "zápis 3/2025",
                importance,
                status,
                Instant.EPOCH,
                0);
    }

    @Test
    void findingsAreGroupedByTargetGroupInCzechOrderWithCountsAndSources() {
        PlanDocumentInput in = input();
        Section chapter = FindingsDocumentSection.chapter(
                in,
                List.of(
                        finding(1, "Chybí odlehčovací služba", "Senioři", Importance.HIGH, FindingStatus.CONFIRMED),
                        finding(2, "Málo asistentů", "Senioři", Importance.LOW, FindingStatus.NEW),
                        finding(3, "Rodiny nevědí o poradně", "Rodiny s dětmi", Importance.HIGH, FindingStatus.NEW),
                        finding(4, "Špatná doprava", null, Importance.MEDIUM, FindingStatus.ADDRESSED),
                        finding(5, "Zamítnuté zjištění", "Senioři", Importance.HIGH, FindingStatus.REJECTED),
                        finding(6, "Chybí byty", "Čeští senioři", Importance.MEDIUM, FindingStatus.NEW)));

        assertThat(chapter.heading()).isEqualTo("Shrnutí zjištění analýz");
        Table summary = tables(chapter).get(0);
        // "Č" sorts after "C" and before "R" and "S" in Czech; general findings come last
        assertThat(column(summary, 0))
                .containsExactly(
                        "Čeští senioři", "Rodiny s dětmi", "Senioři", "Obecná zjištění (bez cílové skupiny)", "Celkem");
        assertThat(column(summary, 1)).containsExactly("1", "1", "2", "1", "5");
        assertThat(column(summary, 2)).containsExactly("0", "1", "1", "0", "2");
        assertThat(summary.rows().get(4).total()).isTrue();

        assertThat(chapter.subsections()).extracting(Section::heading).hasSize(4);
        Table seniors = tables(chapter.subsections().get(2)).get(0);
        assertThat(column(seniors, 0)).containsExactly("Z-001", "Z-002");
        assertThat(column(seniors, 2)).containsExactly("vysoká", "nízká");
        assertThat(seniors.rows().get(0).cells().get(3).text())
                .isEqualTo("rozhovor / fokusní skupina: Senioři v Miroticích – zápis 3/2025");
        assertThat(text(chapter)).doesNotContain("Zamítnuté zjištění");
    }

    @Test
    void withoutFindingsTheChapterSaysSo() {
        Section chapter = FindingsDocumentSection.chapter(
                input(), List.of(finding(1, "x", null, Importance.LOW, FindingStatus.REJECTED)));
        assertThat(chapter.blocks())
                .containsExactly(new Paragraph("Pro ORP zatím nejsou zaznamenána žádná zjištění analýz."));
        assertThat(chapter.subsections()).isEmpty();
    }

    static SwotItemView item(Quadrant q, String text, Double average, int votes) {
        return new SwotItemView(1, 1, q, text, average, votes, 5, 0);
    }

    @Test
    void swotQuadrantsAreTablesInRankOrderAndEmptyQuadrantsAreNamed() {
        SwotView swot = new SwotView(
                11,
                3111,
                "SWOT Senioři",
                3L,
                "Senioři",
                List.of(
                        new SwotView.QuadrantItems(
                                Quadrant.STRENGTH,
                                List.of(
                                        item(Quadrant.STRENGTH, "Dobrá pečovatelská služba", 4.46, 5),
                                        item(Quadrant.STRENGTH, "Aktivní spolky", null, 0))),
                        new SwotView.QuadrantItems(Quadrant.WEAKNESS, List.of()),
                        new SwotView.QuadrantItems(
                                Quadrant.THREAT, List.of(item(Quadrant.THREAT, "Stárnutí obyvatel", 3.0, 4)))),
                5,
                Instant.EPOCH,
                0);
        SwotView empty = new SwotView(12, 3111, "Prázdná", null, null, List.of(), 0, Instant.EPOCH, 0);
        Section chapter = SwotDocumentSection.chapter(input(), List.of(swot, empty));

        assertThat(chapter.subsections()).hasSize(1);
        Section s = chapter.subsections().get(0);
        assertThat(s.heading()).isEqualTo("SWOT Senioři (pracovní skupina Senioři)");
        List<Table> tables = tables(s);
        assertThat(tables).extracting(t -> t.header().get(1)).containsExactly("Silné stránky", "Hrozby");
        assertThat(column(tables.get(0), 0)).containsExactly("1", "2");
        assertThat(column(tables.get(0), 2)).containsExactly("4,5", "–");
        assertThat(column(tables.get(1), 3)).containsExactly("4");
        assertThat(text(s)).contains("Bez položek: Slabé stránky, Příležitosti.");

        assertThat(SwotDocumentSection.chapter(input(), List.of(empty)).blocks())
                .containsExactly(new Paragraph("Pro ORP zatím není zpracována žádná SWOT analýza s položkami."));
    }

    static ProjectView project(long id, String title, long cost, String measureNumber, ProjectState state) {
        MeasureOption measure = measureNumber == null
                ? null
                : new MeasureOption(id * 10, 1, "Plán", measureNumber, "Opatření", false, true);
        return new ProjectView(
                id,
                3111,
                title,
                "Obec Testov",
                null,
                null,
                null,
                null,
                cost,
                List.of(),
                measure == null ? null : measure.id(),
                measure,
                ProjectReadiness.INTENT,
                null,
                null,
                null,
                state,
                false,
                Instant.EPOCH,
                0);
    }

    @Test
    void pipelineIsOrderedByMeasureNumberAndAddsUpByState() {
        Section chapter = PipelineDocumentSection.chapter(
                input(),
                "zasobnik",
                List.of(
                        project(1, "Bez opatření", 100_000, null, ProjectState.IDEA),
                        project(2, "Denní stacionář", 1_450_000, "1.10", ProjectState.FUNDED),
                        project(3, "Auto pro terénní službu", 343_475, "1.9", ProjectState.PREPARED),
                        project(4, "Chráněné bydlení", 2_000_000, "1.9", ProjectState.PREPARED)),
                "Úvod",
                false);
        List<Table> tables = tables(chapter);
        Table projects = tables.get(0);
        assertThat(column(projects, 1))
                .containsExactly(
                        "Auto pro terénní službu", "Chráněné bydlení", "Denní stacionář", "Bez opatření", "4 projektů");
        assertThat(column(projects, 0).get(3)).isEqualTo("bez opatření");
        // 100 000 + 1 450 000 + 343 475 + 2 000 000
        Row total = projects.rows().get(4);
        assertThat(total.total()).isTrue();
        assertThat(total.cells().get(4).text()).isEqualTo("3" + N + "893" + N + "475" + N + "Kč");
        assertThat(total.cells().get(4).value()).isEqualTo(3_893_475L);

        Table states = tables.get(1);
        assertThat(column(states, 0)).containsExactly("záměr", "připravený", "podpořený", "Celkem");
        assertThat(column(states, 1)).containsExactly("1", "2", "1", "4");
        assertThat(states.rows().get(1).cells().get(2).value()).isEqualTo(2_343_475L);
        assertThat(states.rows().get(3).cells().get(2).value()).isEqualTo(3_893_475L);

        assertThat(PipelineDocumentSection.chapter(input(), "zasobnik", List.of(), "Úvod", true)
                        .blocks())
                .containsExactly(
                        new Paragraph(
                                "K opatřením plánu zatím není v zásobníku připojen žádný připravený, podaný ani podpořený projekt."));
    }

    static ActionPlanSummary actionPlan(long id, int year, ActionPlanState state) {
        return new ActionPlanSummary(id, 1, "Plán", 3111, year, state, null, null, null, Instant.EPOCH, 0);
    }

    @Test
    void theApprovedActionPlansAreChosenElseTheLatestDraft() {
        var a2020 = actionPlan(1, 2020, ActionPlanState.APPROVED);
        var d2021 = actionPlan(2, 2021, ActionPlanState.DRAFT);
        var a2019 = actionPlan(3, 2019, ActionPlanState.APPROVED);
        var d2022 = actionPlan(4, 2022, ActionPlanState.DRAFT);
        assertThat(ActionPlanDocumentSection.chosen(List.of(a2020, d2021, a2019, d2022)))
                .containsExactly(a2019, a2020);
        assertThat(ActionPlanDocumentSection.chosen(List.of(d2022, d2021))).containsExactly(d2022);
        assertThat(ActionPlanDocumentSection.chosen(List.of())).isEmpty();
    }

    @Test
    void networkCapacitiesAreAChartWithItsTableByUnitLargestFirst() throws Exception {
        Section network = AnalysisFigures.network(
                input(),
                List.of(
                        new CapacityTotal(
                                "§ 44", "pečovatelská služba", DeliveryForm.FIELD, CapacityType.CLIENTS, 35, 2),
                        new CapacityTotal(
                                "§ 49", "domovy pro seniory", DeliveryForm.RESIDENTIAL, CapacityType.BEDS, 120, 1),
                        new CapacityTotal(
                                "§ 50",
                                "domovy se zvláštním režimem",
                                DeliveryForm.RESIDENTIAL,
                                CapacityType.BEDS,
                                40,
                                1)),
                true);
        Figure figure = (Figure) network.blocks().stream()
                .filter(Figure.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(figure.alt()).contains("3 kombinací", "pečovatelská služba");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.png()));
        assertThat(image.getWidth()).isEqualTo(PlanCharts.WIDTH);
        assertThat(figure.height()).isEqualTo(image.getHeight());
        Table table = tables(network).get(0);
        assertThat(column(table, 0))
                .containsExactly("domovy pro seniory", "domovy se zvláštním režimem", "pečovatelská služba");
        assertThat(column(table, 3)).containsExactly("120", "40", "35");
        assertThat(text(network)).contains("Ilustrativní data");

        assertThat(AnalysisFigures.network(input(), List.of(), false).blocks().get(0))
                .isEqualTo(new Paragraph("V katalogu nejsou pro ORP žádné registrované služby s kapacitou."));
    }

    @Test
    void theAgePyramidHasATextAlternativeAndATableThatAddsUp() {
        SectionBuilder s = new SectionBuilder("demografie", "Demografie");
        AnalysisFigures.ageStructure(
                input(),
                2024,
                List.of(
                        new PyramidBand("0–4", 1200, 1100),
                        new PyramidBand("5–9", 1300, 1350),
                        new PyramidBand("85+", 150, 420)),
                s);
        Section section = s.build();
        Figure figure = (Figure) section.blocks().get(0);
        assertThat(figure.alt())
                .isEqualTo("Věková pyramida obyvatel ORP v roce 2024 po pětiletých skupinách: celkem 2" + N
                        + "650 mužů a 2" + N
                        + "870 žen, nejpočetnější je skupina 5–9 let. Stejná čísla uvádí tabulka pod grafem.");
        Table table = (Table) section.blocks().get(1);
        // oldest band first, as in the chart (top to bottom)
        assertThat(column(table, 0)).containsExactly("85+", "5–9", "0–4", "Celkem");
        assertThat(table.rows().get(3).cells().get(3).value()).isEqualTo(5_520L);
    }

    @Test
    void chartsAreDeterministic() {
        List<PlanCharts.Bar> bars = List.of(
                new PlanCharts.Bar("domovy pro seniory (pobytová)", 1, "120 lůžka"),
                new PlanCharts.Bar("pečovatelská služba (terénní)", 0.5, "35 klienti"));
        assertThat(PlanCharts.bars(bars)).isEqualTo(PlanCharts.bars(bars));
        List<PlanCharts.Band> bands = List.of(new PlanCharts.Band("0–4", 10, 12), new PlanCharts.Band("5–9", 0, 3));
        assertThat(PlanCharts.pyramid(bands, "Muži", "Ženy", String::valueOf))
                .isEqualTo(PlanCharts.pyramid(bands, "Muži", "Ženy", String::valueOf))
                .isNotEqualTo(PlanCharts.pyramid(List.of(bands.get(1), bands.get(0)), "Muži", "Ženy", String::valueOf));
    }

    static List<Table> tables(Section s) {
        return s.blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList();
    }

    static List<String> column(Table t, int i) {
        return t.rows().stream().map(r -> r.cells().get(i).text()).toList();
    }

    static String text(Section s) {
        List<String> all = new ArrayList<>();
        all.add(s.heading());
        for (Block b : s.blocks()) {
            if (b instanceof Paragraph p) {
                all.add(p.text());
            } else if (b instanceof Table t) {
                t.rows().forEach(r -> r.cells().forEach(c -> all.add(c.text())));
            }
        }
        s.subsections().forEach(sub -> all.add(text(sub)));
        return String.join("\n", all);
    }
}
