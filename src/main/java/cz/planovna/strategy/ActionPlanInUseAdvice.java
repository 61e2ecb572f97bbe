package cz.planovna.strategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A measure or activity that an action plan contains was to be removed from the plan: nothing is
 * removed and the plan page says which action plans refer to it, with links to them.
 */
@ControllerAdvice(assignableTypes = PlanController.class)
class ActionPlanInUseAdvice {

    /** What the plan page shows (kept in the flash map across the redirect). */
    record InUse(String nodeTitle, List<Link> actionPlans) implements Serializable {}

    record Link(int year, String stateKey, String url) implements Serializable {}

    @ExceptionHandler(NodeInUseException.class)
    String inUse(NodeInUseException e, HttpServletRequest request, HttpServletResponse response) {
        String target = StrategyUrls.plan(e.code(), e.planId());
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(
                "actionPlanInUse",
                new InUse(
                        e.nodeTitle(),
                        e.references().stream()
                                .map(r -> new Link(
                                        r.year(),
                                        r.state().messageKey(),
                                        ActionPlanUrls.detail(e.code(), e.planId(), r.actionPlanId())))
                                .toList()));
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        return "redirect:" + target;
    }
}
