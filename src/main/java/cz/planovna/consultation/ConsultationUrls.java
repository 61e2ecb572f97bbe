package cz.planovna.consultation;

/** Paths of the module's pages. */
final class ConsultationUrls {

    private ConsultationUrls() {}

    static String publicList(int code) {
        return "/orp/" + code + "/pripominky";
    }

    static String publicDetail(int code, long id) {
        return publicList(code) + "/" + id;
    }

    static String manageList(int code) {
        return publicList(code) + "/sprava";
    }

    static String manage(int code, long id) {
        return manageList(code) + "/" + id;
    }
}
