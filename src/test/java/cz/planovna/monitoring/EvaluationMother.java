package cz.planovna.monitoring;

import cz.planovna.strategy.FundingSource;
import cz.planovna.strategy.OrpView;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.PlanSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fixture of monitoring reports with figures chosen so that every sum in the evaluation document
 * can be computed by hand. Plan 2020–2022 of ORP Blatná:
 *
 * <pre>
 * 1 Senioři (62,5 %)
 *   1.1 Péče doma (62,5 %)
 *     1.1.1 Pečovatelská služba   DONE     75 % (klienti: výchozí 10, cíl 2020 14, skutečnost 13)
 *           2020 obce 1 450 000 / 1 400 000, stát 343 475 / 393 475
 *           2021 obce 1 500 000 / 1 500 000 (klienti: cíl 16, skutečnost 15 → 83,3 %)
 *     1.1.2 Odlehčovací služba    RUNNING  50 % (lůžka: výchozí 0, cíl 4, skutečnost 2)
 *           2020 obce 200 000 / 150 000
 * 2 Rodiny (nelze vyhodnotit)
 *   2.1 Terénní práce
 *     2.1.1 Sanace rodiny         NOT_STARTED, 2020 EU 500 000 / 0
 * </pre>
 *
 * Hand-computed for 2020: obce 1 650 000 planned, 1 550 000 spent (93,9 %); stát 343 475 / 393 475
 * (114,6 %); EU 500 000 / 0 (0 %); total 2 493 475 / 1 943 475 (77,9 %).
 */
final class EvaluationMother {

    static final long PLAN_ID = 9_001;
    static final long SENIORS = 11;
    static final long FAMILIES = 21;
    static final long CLIENTS = 101;
    static final long BEDS = 102;

    private EvaluationMother() {}

    static PlanPage page() {
        PlanSummary plan = new PlanSummary(
                PLAN_ID,
                3101,
                "Plán Blatná 2020–2022",
                2020,
                2022,
                "Vize",
                PlanState.IN_FORCE,
                null,
                null,
                null,
                Instant.parse("2020-01-01T00:00:00Z"),
                3);
        return new PlanPage(
                new OrpView(3101, "Blatná", 3034, "Jihočeský kraj"),
                plan,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                Map.of(),
                false,
                false);
    }

    static YearReport report2020() {
        MeasureProgress care = measure(
                13,
                "1.1.1",
                "Pečovatelská služba",
                ItemState.DONE,
                "Víkendový provoz od září.",
                List.of(
                        new Money.SourceMoney(FundingSource.MUNICIPALITY, 1_450_000, 1_400_000),
                        new Money.SourceMoney(FundingSource.STATE, 343_475, 393_475)),
                List.of(indicator(CLIENTS, "Klienti", "osob", "10", "14", "13", "75")),
                "75");
        MeasureProgress respite = measure(
                14,
                "1.1.2",
                "Odlehčovací služba",
                ItemState.RUNNING,
                null,
                List.of(new Money.SourceMoney(FundingSource.MUNICIPALITY, 200_000, 150_000)),
                List.of(indicator(BEDS, "Lůžka", "lůžek", "0", "4", "2", "50")),
                "50");
        MeasureProgress sanation = measure(
                23,
                "2.1.1",
                "Sanace rodiny",
                ItemState.NOT_STARTED,
                null,
                List.of(new Money.SourceMoney(FundingSource.EU, 500_000, 0)),
                List.of(),
                null);
        return report(2020, care, respite, sanation, "62.5");
    }

    static YearReport report2021() {
        MeasureProgress care = measure(
                13,
                "1.1.1",
                "Pečovatelská služba",
                ItemState.DONE,
                null,
                List.of(new Money.SourceMoney(FundingSource.MUNICIPALITY, 1_500_000, 1_500_000)),
                List.of(indicator(CLIENTS, "Klienti", "osob", "10", "16", "15", "83.3333")),
                "83.3333");
        MeasureProgress respite = measure(
                14,
                "1.1.2",
                "Odlehčovací služba",
                ItemState.RUNNING,
                null,
                List.of(),
                List.of(indicator(BEDS, "Lůžka", "lůžek", "0", "4", null, null)),
                null);
        MeasureProgress sanation =
                measure(23, "2.1.1", "Sanace rodiny", ItemState.NOT_STARTED, null, List.of(), List.of(), null);
        return report(2021, care, respite, sanation, "83.3333");
    }

    /** 2022: nothing recorded yet (a final evaluation must take states from 2021). */
    static YearReport report2022() {
        MeasureProgress care = measure(
                13,
                "1.1.1",
                "Pečovatelská služba",
                ItemState.NOT_STARTED,
                null,
                List.of(new Money.SourceMoney(FundingSource.MUNICIPALITY, 100_000, 0)),
                List.of(indicator(CLIENTS, "Klienti", "osob", "10", "18", null, null)),
                null);
        care = new MeasureProgress(
                care.nodeId(),
                care.number(),
                care.title(),
                care.state(),
                null,
                care.money(),
                List.of(),
                care.indicators(),
                care.fulfilment(),
                false);
        MeasureProgress respite = new MeasureProgress(
                14,
                "1.1.2",
                "Odlehčovací služba",
                ItemState.NOT_STARTED,
                null,
                Money.NONE,
                List.of(),
                List.of(),
                Fulfilment.UNKNOWN,
                false);
        MeasureProgress sanation = new MeasureProgress(
                23,
                "2.1.1",
                "Sanace rodiny",
                ItemState.NOT_STARTED,
                null,
                Money.NONE,
                List.of(),
                List.of(),
                Fulfilment.UNKNOWN,
                false);
        return report(2022, care, respite, sanation, null);
    }

    static List<IndicatorSeries> series() {
        return List.of(
                new IndicatorSeries(
                        CLIENTS,
                        13,
                        "1.1.1",
                        "Klienti",
                        "osob",
                        new BigDecimal("10"),
                        List.of(point(2020, "14", "13"), point(2021, "16", "15"), point(2022, "18", null))),
                new IndicatorSeries(
                        BEDS,
                        14,
                        "1.1.2",
                        "Lůžka",
                        "lůžek",
                        BigDecimal.ZERO,
                        List.of(point(2020, "4", "2"), point(2021, "4", null), point(2022, "4", null))));
    }

    static EvaluationView yearly(int year, EvaluationState state) {
        return new EvaluationView(
                1,
                PLAN_ID,
                3101,
                EvaluationKind.YEARLY,
                year,
                state,
                "Rok se vydařil.\n\nDruhý odstavec shrnutí.",
                Map.of(SENIORS, "Víkendy fungují."),
                new ProcessEvaluation("Setkání skupin", "Malá účast veřejnosti", 4, 34, "Zvát osobně"),
                Instant.parse("2021-02-01T10:00:00Z"),
                Instant.parse("2021-02-02T10:00:00Z"),
                null,
                2);
    }

    static EvaluationView fin() {
        return new EvaluationView(
                2,
                PLAN_ID,
                3101,
                EvaluationKind.FINAL,
                null,
                EvaluationState.DRAFT,
                null,
                Map.of(),
                ProcessEvaluation.empty(),
                Instant.parse("2023-02-01T10:00:00Z"),
                Instant.parse("2023-02-01T10:00:00Z"),
                null,
                0);
    }

    private static YearReport report(
            int year, MeasureProgress care, MeasureProgress respite, MeasureProgress sanation, String total) {
        Fulfilment seniors = f(total);
        GoalProgress home = new GoalProgress(12, "1.1", "Péče doma", seniors, List.of(care, respite));
        GoalProgress field = new GoalProgress(22, "2.1", "Terénní práce", Fulfilment.UNKNOWN, List.of(sanation));
        return new YearReport(
                PLAN_ID,
                year,
                List.of(
                        new PriorityProgress(SENIORS, "1", "Senioři", seniors, List.of(home)),
                        new PriorityProgress(FAMILIES, "2", "Rodiny", Fulfilment.UNKNOWN, List.of(field))),
                seniors,
                Money.NONE);
    }

    private static MeasureProgress measure(
            long id,
            String number,
            String title,
            ItemState state,
            String comment,
            List<Money.SourceMoney> money,
            List<IndicatorProgress> indicators,
            String fulfilment) {
        return new MeasureProgress(
                id, number, title, state, comment, new Money(money), List.of(), indicators, f(fulfilment), true);
    }

    private static IndicatorProgress indicator(
            long id, String name, String unit, String baseline, String target, String actual, String fulfilment) {
        return new IndicatorProgress(
                id,
                name,
                unit,
                new BigDecimal(baseline),
                new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual),
                f(fulfilment));
    }

    private static IndicatorSeries.Point point(int year, String target, String actual) {
        return new IndicatorSeries.Point(
                year, new BigDecimal(target), actual == null ? null : new BigDecimal(actual), Fulfilment.UNKNOWN);
    }

    private static Fulfilment f(String percent) {
        return percent == null ? Fulfilment.UNKNOWN : Fulfilment.of(new BigDecimal(percent));
    }
}
