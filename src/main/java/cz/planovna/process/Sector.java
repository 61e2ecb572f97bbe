package cz.planovna.process;

/** The side a member speaks for: the triangle of community planning plus the public. */
public enum Sector {
    COMMISSIONER,
    PROVIDER,
    SERVICE_USER,
    PUBLIC;

    public String messageKey() {
        return "process.member.sector." + name();
    }
}
