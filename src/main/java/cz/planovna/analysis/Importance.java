package cz.planovna.analysis;

/** How important a finding is; always shown as text, never by colour alone. */
public enum Importance {
    HIGH,
    MEDIUM,
    LOW;

    public String messageKey() {
        return "analysis.importance." + name();
    }

    /** The value of a request parameter, or null when it names none. */
    static Importance ofParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Importance v : values()) {
            if (v.name().equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        return null;
    }
}
