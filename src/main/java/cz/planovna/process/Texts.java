package cz.planovna.process;

/** Text rules the entities share: trimmed, blank means absent, never longer than the column. */
final class Texts {

    private Texts() {}

    static String required(String value, int max, String what) {
        String text = optional(value, max, what);
        if (text == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return text;
    }

    static String optional(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max);
        }
        return text;
    }
}
