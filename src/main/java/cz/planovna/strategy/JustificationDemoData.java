package cz.planovna.strategy;

import cz.planovna.analysis.FindingView;
import cz.planovna.analysis.FindingsQueries;
import cz.planovna.analysis.SwotItemView;
import cz.planovna.analysis.SwotQueries;
import java.util.List;
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
 * Demo: the measure of Písek's draft plan cites findings Z-001, Z-002 and Z-006 and a weakness of
 * the SWOT (illustrative). Runs after the findings demo; left alone when the measure cites anything.
 */
@Component
@Profile("demo & !postgres")
@Order(56)
class JustificationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JustificationDemoData.class);

    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final MeasureCitationRepository citations;
    private final FindingsQueries findings;
    private final SwotQueries swots;
    private final TransactionTemplate tx;

    JustificationDemoData(
            PlanRepository plans,
            NodeRepository nodes,
            MeasureCitationRepository citations,
            FindingsQueries findings,
            SwotQueries swots,
            TransactionTemplate tx) {
        this.plans = plans;
        this.nodes = nodes;
        this.citations = citations;
        this.findings = findings;
        this.swots = swots;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> {
            List<StrategicPlan> pisek = plans.findByDistrictCode(StrategyDemoData.PISEK, Pageable.unpaged())
                    .getContent();
            StrategyNode measure = pisek.stream()
                    .flatMap(p -> nodes.findByPlanIdAndRemovedFalse(p.id()).stream())
                    .filter(n -> n.kind() == NodeKind.MEASURE)
                    .findFirst()
                    .orElse(null);
            if (measure == null || !citations.findByNodeId(measure.id()).isEmpty()) {
                return;
            }
            List<FindingView> all = findings.findings(StrategyDemoData.PISEK);
            all.stream()
                    .filter(f -> f.number() == 1 || f.number() == 2 || f.number() == 6)
                    .forEach(f -> citations.save(MeasureCitation.finding(measure.id(), f.id())));
            swots.swots(StrategyDemoData.PISEK).stream()
                    .flatMap(sw -> sw.items(cz.planovna.analysis.Quadrant.WEAKNESS).stream())
                    .filter(i -> i.text().startsWith("Pečovatelská služba"))
                    .map(SwotItemView::id)
                    .forEach(id -> citations.save(MeasureCitation.swotItem(measure.id(), id)));
            log.info("Demo: the Písek measure cites findings and a SWOT weakness (illustrative)");
        });
    }
}
