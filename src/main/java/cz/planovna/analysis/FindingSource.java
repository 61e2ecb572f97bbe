package cz.planovna.analysis;

/** Where a finding comes from. */
public enum FindingSource {
    INTERVIEW,
    SURVEY,
    DEMOGRAPHICS,
    SERVICE_NETWORK,
    OTHER;

    public String messageKey() {
        return "analysis.findingSource." + name();
    }

    /** The value of a request parameter, or null when it names none. */
    static FindingSource ofParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (FindingSource v : values()) {
            if (v.name().equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        return null;
    }
}
