package cz.planovna.monitoring;

import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import java.time.Instant;
import java.util.HashMap;
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
 * Demo evaluation, illustrative: the closed yearly evaluation 2020 of the Blatná plan with the
 * coordinator's conclusions and the evaluation of the process. Runs after the monitoring demo
 * data (which gives Blatná its monitoring of 2020), so the document has figures.
 */
@Component
@Profile("demo & !postgres")
@Order(75)
class EvaluationDemoData implements ApplicationRunner {

    static final int BLATNA = 3101;
    static final String AUTHOR = "koordinátorka plánování (demo)";

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

    private final StrategyQueries strategy;
    private final EvaluationRepository evaluations;
    private final EvaluationAuditRepository audit;
    private final TransactionTemplate tx;

    EvaluationDemoData(
            StrategyQueries strategy,
            EvaluationRepository evaluations,
            EvaluationAuditRepository audit,
            TransactionTemplate tx) {
        this.strategy = strategy;
        this.evaluations = evaluations;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlanSummary plan = strategy.publicPlans(BLATNA).stream()
                .filter(p -> p.title().contains("ilustrativní") && p.yearFrom() <= 2020 && p.yearTo() >= 2020)
                .findFirst()
                .orElse(null);
        if (plan == null
                || !evaluations
                        .findByDistrictCodeAndPlanId(BLATNA, plan.id(), Pageable.unpaged())
                        .isEmpty()) {
            return;
        }
        PlanPage page = strategy.publicPlan(BLATNA, plan.id()).orElseThrow();
        tx.executeWithoutResult(s -> blatna2020(page));
        log.info("Demo: the closed yearly evaluation 2020 of the Blatná plan (illustrative)");
    }

    private void blatna2020(PlanPage page) {
        Instant created = Instant.parse("2021-02-15T09:00:00Z");
        Instant closed = Instant.parse("2021-03-04T14:30:00Z");
        Evaluation e = evaluations.save(new Evaluation(BLATNA, page.plan().id(), EvaluationKind.YEARLY, 2020, created));
        Map<Long, String> conclusions = new HashMap<>();
        for (NodeView priority : page.tree()) {
            String title = priority.title().toLowerCase(java.util.Locale.ROOT);
            if (title.contains("senio")) {
                conclusions.put(
                        priority.id(),
                        "Rozšíření pečovatelské služby o víkendy se podařilo od září 2020; druhé služební auto se "
                                + "kvůli zdražení přesouvá do roku 2021. Kapacita domova pro seniory zůstala zachována.");
            } else if (title.contains("rodin")) {
                conclusions.put(
                        priority.id(),
                        "Terénní práce s rodinami začala až ve 2. pololetí, proto indikátor počtu rodin zaostává. "
                                + "Doporučujeme posílit spolupráci s OSPOD a školami.");
            } else {
                conclusions.put(
                        priority.id(),
                        "Opatření pokračují podle plánu; poradenství v Blatné využilo více lidí, než se čekalo.");
            }
        }
        e.write(
                "Rok 2020 ovlivnila epidemie covidu-19: část setkání se přesunula on-line a některé aktivity "
                        + "začaly později. Přesto se většinu opatření akčního plánu podařilo zahájit a čerpání "
                        + "odpovídá plánu.\n\nIlustrativní data – evaluace slouží k předvedení aplikace.",
                conclusions,
                new ProcessEvaluation(
                        "Pravidelná setkání pracovních skupin, zapojení poskytovatelů i menších obcí, otevřené "
                                + "zápisy na webu.",
                        "Nízká účast uživatelů služeb a veřejnosti; on-line setkání nevyhovovala všem.",
                        4,
                        34,
                        "Zvát uživatele služeb osobně přes poskytovatele, konat setkání i v menších obcích, "
                                + "krátký dotazník spokojenosti po každém setkání."),
                created);
        e.moveTo(EvaluationState.FINAL, closed);
        audit.save(new EvaluationAudit(e, created, AUTHOR, "evaluation.audit.created", null));
        audit.save(new EvaluationAudit(e, created, AUTHOR, "evaluation.audit.saved", null));
        audit.save(new EvaluationAudit(e, closed, AUTHOR, "evaluation.audit.state.FINAL", null));
    }
}
