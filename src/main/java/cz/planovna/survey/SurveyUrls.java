package cz.planovna.survey;

/** Addresses of survey pages. */
final class SurveyUrls {

    private SurveyUrls() {}

    static String list(int code) {
        return "/orp/" + code + "/planovani/dotazniky";
    }

    static String builder(int code, long id) {
        return list(code) + "/" + id;
    }

    static String question(int code, long id, long questionId) {
        return builder(code, id) + "/otazky/" + questionId;
    }

    static String results(int code, long id) {
        return builder(code, id) + "/vysledky";
    }

    static String publicLink(String token) {
        return "/dotazniky/" + token;
    }

    static String invitation(String token) {
        return "/dotazniky/pozvanka/" + token;
    }

    static String resume(String publicToken, String resumeToken) {
        return "/dotazniky/" + publicToken + "/pokracovat/" + resumeToken;
    }
}
