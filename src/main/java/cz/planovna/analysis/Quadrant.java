package cz.planovna.analysis;

/** The four quadrants of a SWOT analysis, in their reading order. */
public enum Quadrant {
    STRENGTH,
    WEAKNESS,
    OPPORTUNITY,
    THREAT;

    public String messageKey() {
        return "analysis.quadrant." + name();
    }

    /** The value of a request parameter, or null when it names none. */
    static Quadrant ofParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Quadrant v : values()) {
            if (v.name().equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        return null;
    }
}
