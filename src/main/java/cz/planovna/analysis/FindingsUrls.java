package cz.planovna.analysis;

/** The URLs of the findings and SWOT pages. */
final class FindingsUrls {

    private FindingsUrls() {}

    static String findings(int code) {
        return "/orp/" + code + "/planovani/zjisteni";
    }

    static String finding(int code, long id) {
        return findings(code) + "/" + id;
    }

    static String interviews(int code) {
        return findings(code) + "/rozhovory";
    }

    static String interview(int code, long id) {
        return interviews(code) + "/" + id;
    }

    static String swots(int code) {
        return "/orp/" + code + "/planovani/swot";
    }

    static String swot(int code, long id) {
        return swots(code) + "/" + id;
    }
}
