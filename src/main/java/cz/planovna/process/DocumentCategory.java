package cz.planovna.process;

/** What a document of the library is; the order is the order of the filter. */
public enum DocumentCategory {
    STATUTE,
    RULES,
    METHODOLOGY,
    PRESENTATION,
    ANALYSIS,
    PLAN,
    MINUTES,
    OTHER;

    public String messageKey() {
        return "process.document.category." + name();
    }
}
