package cz.planovna.analysis;

/** The kind of a recorded conversation. */
public enum InterviewKind {
    INTERVIEW,
    FOCUS_GROUP,
    WORKSHOP,
    OTHER;

    public String messageKey() {
        return "analysis.interviewKind." + name();
    }

    /** The value of a request parameter, or null when it names none. */
    static InterviewKind ofParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (InterviewKind v : values()) {
            if (v.name().equalsIgnoreCase(value.strip())) {
                return v;
            }
        }
        return null;
    }
}
