package cz.planovna.shared.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Czech typography for printed documents: a one-letter preposition or conjunction (k, s, v, z, o,
 * u, a, i, in both cases) is joined to the next word by a no-break space, so that it never ends a
 * line; straight double quotes become Czech quotes „…“. Numbers and dates are already formatted
 * with no-break spaces by {@link cz.planovna.shared.format.CzechFormats}.
 */
public final class CzechTypography {

    public static final char NBSP = '\u00A0';

    // a one-letter word: at the start or after a space, an opening bracket or quote; followed by spaces
    private static final Pattern SINGLE_LETTER =
            Pattern.compile("(^|[\\s\\u00A0(\\[„\"])([kKsSvVzZoOuUaAiI])[ \\t]+(?=\\S)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]*)\"");

    private CzechTypography() {}

    /** The text with no-break spaces after one-letter words and Czech quotes; null stays null. */
    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String quoted = QUOTED.matcher(text).replaceAll("„$1“");
        // twice: "a v Písku" has two one-letter words in a row and the first match consumes the space
        return nbsp(nbsp(quoted));
    }

    private static String nbsp(String text) {
        Matcher m = SINGLE_LETTER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + NBSP));
        }
        m.appendTail(out);
        return out.toString();
    }
}
