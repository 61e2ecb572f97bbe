package cz.planovna.process;

/** Addresses of event pages, for redirects and e-mails. */
final class EventUrls {

    static final String CANCEL_PATH = "/akce/registrace/zrusit/";

    private EventUrls() {}

    static String list(int districtCode) {
        return "/orp/" + districtCode + "/planovani/akce";
    }

    static String event(int districtCode, long eventId) {
        return list(districtCode) + "/" + eventId;
    }

    static String publicEvent(int districtCode, long eventId) {
        return "/orp/" + districtCode + "/akce/" + eventId;
    }
}
