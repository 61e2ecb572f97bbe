package cz.planovna.analysis;

/** Trimming and length checks of texts stored by the findings pages (forms check first). */
final class FindingTexts {

    private FindingTexts() {}

    static String required(String value, int max, String field) {
        String text = optional(value, max, field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return text;
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " longer than " + max);
        }
        return text;
    }
}
