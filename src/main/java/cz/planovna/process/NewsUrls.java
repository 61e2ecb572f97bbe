package cz.planovna.process;

/** Addresses of news pages. */
final class NewsUrls {

    private NewsUrls() {}

    static String list(int districtCode) {
        return "/orp/" + districtCode + "/planovani/aktuality";
    }

    static String edit(int districtCode, long id) {
        return list(districtCode) + "/" + id;
    }
}
