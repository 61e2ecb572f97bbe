package cz.planovna.strategy;

/** Paths of the coordinator's plan pages. */
final class StrategyUrls {

    private StrategyUrls() {}

    static String plans(int code) {
        return "/orp/" + code + "/planovani/plany";
    }

    static String plan(int code, long planId) {
        return plans(code) + "/" + planId;
    }

    static String node(int code, long planId, long nodeId) {
        return plan(code, planId) + "/polozky/" + nodeId;
    }
}
