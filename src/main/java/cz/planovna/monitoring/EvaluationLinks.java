package cz.planovna.monitoring;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The final evaluations of a public plan for the public plan page (bean {@code evaluationLinks},
 * read by the fragment {@code monitoring/evaluation-public}; strategy cannot depend on monitoring).
 */
@Component("evaluationLinks")
public class EvaluationLinks {

    private final EvaluationService service;

    EvaluationLinks(EvaluationService service) {
        this.service = service;
    }

    /** The final evaluations of the plan, yearly ones by year, then the final one. */
    public List<EvaluationView> published(int districtCode, long planId) {
        return service.published(districtCode, planId);
    }
}
