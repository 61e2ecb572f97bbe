package cz.planovna.strategy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A measure's trace page (sledovatelnost): from the need to the money and the indicators. The
 * team's page under the plan; the public page of a measure of a public plan.
 */
@Controller
class MeasureTraceController {

    private final MeasureTraceQueries traces;

    MeasureTraceController(MeasureTraceQueries traces) {
        this.traces = traces;
    }

    @GetMapping("/orp/{code}/planovani/plany/{planId}/opatreni/{nodeId}/sledovatelnost")
    String internal(@PathVariable int code, @PathVariable long planId, @PathVariable long nodeId, Model model) {
        model.addAttribute("trace", traces.internal(code, planId, nodeId));
        return "strategy/measure-trace";
    }

    @GetMapping("/orp/{code}/plan/opatreni/{nodeId}")
    String published(@PathVariable int code, @PathVariable long nodeId, Model model) {
        model.addAttribute("trace", traces.published(code, nodeId));
        return "strategy/measure-trace";
    }
}
