package cz.planovna.process;

/** Who sees a document: everyone on the ORP's public pages, or only the ORP's people. */
public enum DocumentVisibility {
    PUBLIC,
    INTERNAL;

    public String messageKey() {
        return "process.document.visibility." + name();
    }
}
