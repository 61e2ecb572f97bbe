package cz.planovna.process;

/** Addresses of meeting pages, for redirects and e-mails. */
final class MeetingUrls {

    private MeetingUrls() {}

    static String list(int districtCode) {
        return "/orp/" + districtCode + "/planovani/jednani";
    }

    static String meeting(int districtCode, long meetingId) {
        return list(districtCode) + "/" + meetingId;
    }

    static String minutes(int districtCode, long meetingId) {
        return meeting(districtCode, meetingId) + "/zapis";
    }

    static String publicMinutes(int districtCode, long meetingId) {
        return "/orp/" + districtCode + "/zapisy/" + meetingId;
    }
}
