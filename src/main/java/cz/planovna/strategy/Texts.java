package cz.planovna.strategy;

/** Trims texts of forms; the forms' validation has checked the lengths already. */
final class Texts {

    private Texts() {}

    static String required(String text, int max) {
        String value = optional(text, max);
        if (value == null) {
            throw new IllegalArgumentException("required text missing");
        }
        return value;
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new IllegalArgumentException("text longer than " + max);
        }
        return value;
    }
}
