package cz.planovna.monitoring;

import cz.planovna.strategy.PublicPlanSection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The documents of a public plan's closed evaluations on the public plan page (fragment {@code
 * monitoring/evaluation-public :: section}); strategy cannot depend on monitoring, so it asks this
 * section.
 */
@Component
class EvaluationPublicSection implements PublicPlanSection {

    private final EvaluationService service;

    EvaluationPublicSection(EvaluationService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 100;
    }

    /** The closed evaluations of the plan, yearly ones by year, then the final one. */
    @Override
    public Optional<Part> part(int districtCode, long planId) {
        List<EvaluationView> published = service.published(districtCode, planId);
        return published.isEmpty()
                ? Optional.empty()
                : Optional.of(new Part("monitoring/evaluation-public", published));
    }
}
