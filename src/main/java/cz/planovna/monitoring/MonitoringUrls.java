package cz.planovna.monitoring;

/** Paths of the monitoring pages. */
final class MonitoringUrls {

    private MonitoringUrls() {}

    static String dashboard(int code, long planId) {
        return "/orp/" + code + "/planovani/plany/" + planId + "/monitoring";
    }

    static String dashboard(int code, long planId, int year) {
        return dashboard(code, planId) + "?rok=" + year;
    }

    static String entry(int code, long planId, int year) {
        return dashboard(code, planId) + "/" + year;
    }
}
