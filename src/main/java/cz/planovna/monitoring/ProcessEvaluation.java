package cz.planovna.monitoring;

/**
 * The coordinator's evaluation of the planning process itself: strengths, weaknesses, the
 * participants' average satisfaction (1–5, may be unknown), how many took part, recommendations.
 */
public record ProcessEvaluation(
        String strengths, String weaknesses, Integer satisfaction, Integer participants, String recommendations) {

    public static ProcessEvaluation empty() {
        return new ProcessEvaluation(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return blank(strengths)
                && blank(weaknesses)
                && satisfaction == null
                && participants == null
                && blank(recommendations);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
