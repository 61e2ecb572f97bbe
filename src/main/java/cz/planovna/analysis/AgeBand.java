package cz.planovna.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age or age band of a population figure: {@code to} is null for "and more". Read from ČSÚ's
 * {@code vek_txt}: "0 až 4 (let)", "85 a více (let)", or a single age "37 (let)".
 */
record AgeBand(int from, Integer to) {

    /** The oldest age a band may name; higher means a typo. */
    static final int MAX_AGE = 120;

    /** Pyramid bands: 0–4, 5–9, … 80–84 and 85+ (index 17). */
    static final int BANDS = 18;

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:až|-|–)\\s*(\\d{1,3})(?:\\s*\\(?let\\)?)?");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*a\\s*ví[cč]e(?:\\s*\\(?let\\)?)?");
    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})(?:\\s*\\(?(?:let|rok|roky|rok[uů])\\)?)?");

    /** Parsed text, or null when the text names no age the importer understands. */
    static AgeBand parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            return new AgeBand(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = OPEN.matcher(t);
        if (m.matches()) {
            return new AgeBand(Integer.parseInt(m.group(1)), null);
        }
        m = SINGLE.matcher(t);
        if (m.matches()) {
            int age = Integer.parseInt(m.group(1));
            return new AgeBand(age, age);
        }
        return null;
    }

    int last() {
        return to == null ? MAX_AGE : to;
    }

    boolean valid() {
        return from >= 0 && from <= MAX_AGE && (to == null || (to >= from && to <= MAX_AGE));
    }

    /** Fits into one five-year band of the pyramid (or into 85+), so shares can be computed. */
    boolean fitsPyramid() {
        return from >= 85 || (to != null && from / 5 == to / 5);
    }

    int pyramidBand() {
        return Math.min(from / 5, BANDS - 1);
    }

    /** The band as ČSÚ writes it. */
    String csuText() {
        if (to == null) {
            return from + " a více (let)";
        }
        return to == from ? from + " (let)" : from + " až " + to + " (let)";
    }

    /** ČSÚ's age code: "0509" style for bands, the age for single years, "85" for open bands. */
    String csuCode() {
        if (to == null || to == from) {
            return String.valueOf(from);
        }
        return String.valueOf(from) + to;
    }
}
