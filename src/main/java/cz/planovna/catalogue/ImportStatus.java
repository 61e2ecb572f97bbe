package cz.planovna.catalogue;

public enum ImportStatus {
    RUNNING,
    /** The file was applied; single bad records may have been rejected. */
    APPLIED,
    /** The file as a whole was refused; nothing changed. */
    REFUSED,
    /** An unexpected error rolled the import back; nothing changed. */
    FAILED,
    /** Still marked running but silent for too long: the process was killed; nothing changed. */
    INTERRUPTED
}
