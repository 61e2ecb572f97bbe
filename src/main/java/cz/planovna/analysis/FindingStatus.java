package cz.planovna.analysis;

/** Where a finding stands in the planning. */
public enum FindingStatus {
    NEW,
    CONFIRMED,
    ADDRESSED,
    REJECTED;

    public String messageKey() {
        return "analysis.findingStatus." + name();
    }

    /** The value of a request parameter, or null when it names none. */
    static FindingStatus ofParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (FindingStatus v : values()) {
            if (v.name().equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        return null;
    }
}
