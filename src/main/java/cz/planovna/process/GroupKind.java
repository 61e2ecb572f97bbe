package cz.planovna.process;

/** An ORP has one steering group and any number of working groups. */
public enum GroupKind {
    STEERING,
    WORKING;

    public String messageKey() {
        return "process.group.kind." + name();
    }
}
