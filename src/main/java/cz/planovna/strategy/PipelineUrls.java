package cz.planovna.strategy;

/** Paths of the project pipeline pages. */
final class PipelineUrls {

    private PipelineUrls() {}

    static String list(int code) {
        return "/orp/" + code + "/planovani/zasobnik-projektu";
    }

    static String project(int code, long id) {
        return list(code) + "/" + id;
    }

    static String publicList(int code) {
        return "/orp/" + code + "/zasobnik-projektu";
    }
}
