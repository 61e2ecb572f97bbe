package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.monitoring.EvaluationDocument.Chapter;
import cz.planovna.monitoring.EvaluationDocument.Paragraph;
import cz.planovna.monitoring.EvaluationDocument.Row;
import cz.planovna.monitoring.EvaluationDocument.Table;
import cz.planovna.shared.format.CzechFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The document model from the fixture of {@link EvaluationMother}; every figure checked here is
 * computed by hand in the fixture's comment.
 */
class EvaluationDocumentBuilderTest {

    static final String N = "\u00A0";

    final EvaluationDocumentBuilder builder = new EvaluationDocumentBuilder(messages(), new CzechFormats());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/strategy/messages", "i18n/monitoring/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static EvaluationDocument yearly2020(EvaluationDocumentBuilder builder) {
        EvaluationInput in = EvaluationInputs.input(
                EvaluationMother.page(),
                List.of(2020),
                List.of(EvaluationMother.report2020()),
                EvaluationMother.series());
        return builder.build(EvaluationMother.yearly(2020, EvaluationState.FINAL), in, LocalDate.of(2021, 3, 4));
    }

    @Test
    void titlePageNamesTheOrpPlanYearAndDate() {
        EvaluationDocument doc = yearly2020(builder);
        assertThat(doc.title()).isEqualTo("Roční evaluace akčního plánu 2020");
        assertThat(doc.titleFacts())
                .containsExactly(
                        "Obec s rozšířenou působností: Blatná",
                        "Plán: Plán Blatná 2020–2022 (2020–2022)",
                        "Hodnocený rok: 2020",
                        "Stav evaluace: Uzavřená",
                        "Vytvořeno: 4." + N + "3." + N + "2021");
        assertThat(doc.chapters().stream().map(Chapter::heading))
                .containsExactly(
                        "Shrnutí",
                        "Plnění podle priorit, cílů a opatření",
                        "Finance podle zdrojů",
                        "Indikátory",
                        "Závěry koordinátora",
                        "Evaluace procesu plánování");
    }

    @Test
    void moneyPerSourceIsSummedOverMeasuresWithTheSpentShare() {
        Table money = table(yearly2020(builder), "Plánované a čerpané prostředky podle zdroje financování");
        assertThat(money.rows().stream().map(Row::cells))
                .containsExactly(
                        List.of(
                                "Obce",
                                "1" + N + "650" + N + "000" + N + "Kč",
                                "1" + N + "550" + N + "000" + N + "Kč",
                                "93,9" + N + "%"),
                        List.of(
                                "Státní dotace",
                                "343" + N + "475" + N + "Kč",
                                "393" + N + "475" + N + "Kč",
                                "114,6" + N + "%"),
                        List.of("ESF / EU", "500" + N + "000" + N + "Kč", "0" + N + "Kč", "0" + N + "%"),
                        List.of(
                                "Celkem",
                                "2" + N + "493" + N + "475" + N + "Kč",
                                "1" + N + "943" + N + "475" + N + "Kč",
                                "77,9" + N + "%"));
        assertThat(money.rows().get(3).level()).isEqualTo(9);
    }

    @Test
    void fulfilmentTableListsPrioritiesGoalsAndMeasuresWithLevelAndState() {
        Table t = table(yearly2020(builder), "Plnění priorit, cílů a opatření");
        assertThat(t.rows().stream().map(Row::cells))
                .containsExactly(
                        List.of("1 Senioři", "62,5" + N + "%", "částečně splněno", ""),
                        List.of("1.1 Péče doma", "62,5" + N + "%", "částečně splněno", ""),
                        List.of("1.1.1 Pečovatelská služba", "75" + N + "%", "částečně splněno", "splněno"),
                        List.of("1.1.2 Odlehčovací služba", "50" + N + "%", "částečně splněno", "probíhá"),
                        List.of("2 Rodiny", "–", "nelze vyhodnotit", ""),
                        List.of("2.1 Terénní práce", "–", "nelze vyhodnotit", ""),
                        List.of("2.1.1 Sanace rodiny", "–", "nelze vyhodnotit", "nezahájeno"),
                        List.of("Plán celkem", "62,5" + N + "%", "částečně splněno", ""));
        assertThat(t.rows().stream().map(Row::level)).containsExactly(1, 2, 3, 3, 1, 2, 3, 9);
    }

    @Test
    void summaryStatesTotalsAndKeepsTheCoordinatorsParagraphs() {
        Chapter summary = yearly2020(builder).chapters().get(0);
        assertThat(summary.blocks().stream().map(b -> ((Paragraph) b).text()))
                .containsExactly(
                        "Rok se vydařil.",
                        "Druhý odstavec shrnutí.",
                        "Celkové plnění plánu: 62,5" + N + "% (částečně splněno).",
                        "Čerpáno 1" + N + "943" + N + "475" + N + "Kč z plánovaných 2" + N + "493" + N + "475" + N
                                + "Kč (77,9" + N + "%).");
    }

    @Test
    void indicatorsShowBaselineTargetAndTheActualOfTheYear() {
        Table t = table(yearly2020(builder), "Indikátory opatření");
        assertThat(t.header()).containsExactly("Indikátor", "Výchozí", "Cílová", "Skutečnost 2020", "Plnění");
        assertThat(t.rows().stream().map(Row::cells))
                .containsExactly(
                        List.of("1.1.1 Pečovatelská služba", "", "", "", ""),
                        List.of("Klienti (osob)", "10", "14", "13", "75" + N + "%"),
                        List.of("1.1.2 Odlehčovací služba", "", "", "", ""),
                        List.of("Lůžka (lůžek)", "0", "4", "2", "50" + N + "%"));
    }

    @Test
    void conclusionsPerPriorityAndTheProcessChapter() {
        EvaluationDocument doc = yearly2020(builder);
        Chapter conclusions = doc.chapters().get(4);
        assertThat(conclusions.subchapters().stream().map(Chapter::heading)).containsExactly("1 Senioři", "2 Rodiny");
        assertThat(((Paragraph) conclusions.subchapters().get(0).blocks().get(0)).text())
                .isEqualTo("Víkendy fungují.");
        assertThat(((Paragraph) conclusions.subchapters().get(1).blocks().get(0)).text())
                .isEqualTo("Bez závěru koordinátora.");
        Table process = table(doc, "Účast a spokojenost");
        assertThat(process.rows().stream().map(Row::cells))
                .containsExactly(List.of("Spokojenost účastníků", "4 z 5"), List.of("Počet účastníků procesu", "34"));
        assertThat(doc.chapters().get(5).subchapters().stream().map(Chapter::heading))
                .containsExactly(
                        "Výsledky dotazníku účastníků",
                        "Silné stránky procesu",
                        "Slabé stránky procesu",
                        "Doporučení pro další období");
        // without a linked questionnaire its part says so (process-survey)
        assertThat(((Paragraph) doc.chapters()
                                .get(5)
                                .subchapters()
                                .get(0)
                                .blocks()
                                .get(0))
                        .text())
                .startsWith("K evaluaci nebyl připojen dotazník účastníků");
    }

    @Test
    void finalEvaluationSumsAllYearsAndTakesStatesFromTheLastMonitoredYear() {
        EvaluationInput in = EvaluationInputs.input(
                EvaluationMother.page(),
                List.of(2020, 2021, 2022),
                List.of(EvaluationMother.report2020(), EvaluationMother.report2021(), EvaluationMother.report2022()),
                EvaluationMother.series());
        assertThat(in.stateYear()).isEqualTo(2021);
        EvaluationDocument doc = builder.build(EvaluationMother.fin(), in, LocalDate.of(2023, 2, 1));
        assertThat(doc.title()).isEqualTo("Závěrečná evaluace plánu 2020–2022");

        // obce: 1 650 000 + 1 500 000 + 100 000 planned, 1 550 000 + 1 500 000 spent → 3 050 000 / 3 250 000 = 93,8 %
        Table money = table(doc, "Plánované a čerpané prostředky podle zdroje financování");
        assertThat(money.rows().get(0).cells())
                .containsExactly(
                        "Obce",
                        "3" + N + "250" + N + "000" + N + "Kč",
                        "3" + N + "050" + N + "000" + N + "Kč",
                        "93,8" + N + "%");
        // total: 3 250 000 + 343 475 + 500 000 = 4 093 475 planned; 3 050 000 + 393 475 = 3 443 475 spent → 84,1 %
        assertThat(money.rows().get(3).cells())
                .containsExactly(
                        "Celkem",
                        "4" + N + "093" + N + "475" + N + "Kč",
                        "3" + N + "443" + N + "475" + N + "Kč",
                        "84,1" + N + "%");

        Table indicators = table(doc, "Indikátory opatření");
        assertThat(indicators.header())
                .containsExactly(
                        "Indikátor",
                        "Výchozí",
                        "Cílová",
                        "Skutečnost 2020",
                        "Skutečnost 2021",
                        "Skutečnost 2022",
                        "Plnění");
        assertThat(indicators.rows().get(1).cells())
                .containsExactly("Klienti (osob)", "10", "16", "13", "15", "–", "83,3" + N + "%");

        Table fulfilment = table(doc, "Plnění priorit, cílů a opatření");
        assertThat(fulfilment.rows().get(2).cells())
                .containsExactly("1.1.1 Pečovatelská služba", "83,3" + N + "%", "částečně splněno", "splněno");
        assertThat(doc.chapters().get(5).blocks()).hasSize(1);
        assertThat(((Paragraph) doc.chapters().get(5).blocks().get(0)).text())
                .isEqualTo("Evaluace procesu nebyla zapsána.");
    }

    @Test
    void levelsFollowTheDashboardThresholds() {
        assertThat(EvaluationDocumentBuilder.levelKey(new BigDecimal("90"))).isEqualTo("evaluation.level.MET");
        assertThat(EvaluationDocumentBuilder.levelKey(new BigDecimal("89.94"))).isEqualTo("evaluation.level.PARTLY");
        assertThat(EvaluationDocumentBuilder.levelKey(new BigDecimal("49.9"))).isEqualTo("evaluation.level.NOT_MET");
        assertThat(EvaluationDocumentBuilder.levelKey(null)).isEqualTo("evaluation.level.UNKNOWN");
    }

    static Table table(EvaluationDocument doc, String caption) {
        return doc.tables().stream()
                .filter(t -> t.caption().equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + caption));
    }
}
