package cz.planovna.process;

/** Addresses of the library's pages, for redirects. */
final class DocumentUrls {

    private DocumentUrls() {}

    static String library(int districtCode) {
        return "/orp/" + districtCode + "/planovani/dokumenty";
    }

    static String document(int districtCode, long documentId) {
        return library(districtCode) + "/" + documentId;
    }
}
