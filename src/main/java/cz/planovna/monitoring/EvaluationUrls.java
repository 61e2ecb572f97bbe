package cz.planovna.monitoring;

/** Paths of the evaluation pages. */
final class EvaluationUrls {

    private EvaluationUrls() {}

    static String list(int code, long planId) {
        return "/orp/" + code + "/planovani/plany/" + planId + "/evaluace";
    }

    static String evaluation(int code, long planId, long id) {
        return list(code, planId) + "/" + id;
    }
}
