package cz.planovna.strategy;

/** Paths of the action plan pages. */
final class ActionPlanUrls {

    private ActionPlanUrls() {}

    static String list(int code, long planId) {
        return StrategyUrls.plan(code, planId) + "/akcni-plany";
    }

    static String detail(int code, long planId, long actionPlanId) {
        return list(code, planId) + "/" + actionPlanId;
    }

    static String item(int code, long planId, long actionPlanId, long itemId) {
        return detail(code, planId, actionPlanId) + "/polozky/" + itemId;
    }

    static String publicPage(int code, int year) {
        return "/orp/" + code + "/plan/akcni-plany/" + year;
    }
}
