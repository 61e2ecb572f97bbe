package cz.planovna.consultation;

import java.util.regex.Pattern;

/**
 * The text of a comment is plain text: it is stored as typed (markup included, as characters) and
 * always escaped on output, so nothing pasted can run in a reader's browser. Before checking,
 * line ends are normalised and control characters (other than line breaks and tabs) removed.
 */
final class CommentText {

    static final int MAX = ConsultationComment.TEXT_MAX;

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
    private static final Pattern SCRIPT_BODY = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");

    enum Problem {
        NONE,
        REQUIRED,
        TOO_LONG,
        MARKUP_ONLY
    }

    private CommentText() {}

    /** The text as it will be stored: line ends as \n, no control characters, trimmed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> c != 0x202A
                        && c != 0x202B
                        && c != 0x202D
                        && c != 0x202E
                        && c != 0x2066
                        && c != 0x2067
                        && c != 0x2068
                        && c != 0x2069)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** What is wrong with the cleaned text, if anything. */
    static Problem check(String cleaned) {
        if (cleaned == null || cleaned.isBlank()) {
            return Problem.REQUIRED;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX) {
            return Problem.TOO_LONG;
        }
        String words = SCRIPT_BODY.matcher(cleaned).replaceAll(" ");
        words = TAG.matcher(words).replaceAll(" ");
        words = ENTITY.matcher(words).replaceAll(" ");
        if (words.isBlank()) {
            return Problem.MARKUP_ONLY;
        }
        return Problem.NONE;
    }

    static int length(String cleaned) {
        return cleaned == null ? 0 : cleaned.codePointCount(0, cleaned.length());
    }
}
