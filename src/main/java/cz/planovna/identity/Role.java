package cz.planovna.identity;

/** What a user may do, and over which kind of territory the role is granted. */
public enum Role {
    /** Everything, everywhere; no territory. */
    SYSTEM_ADMIN(Scope.NONE),
    /** Coordinates a kraj and every ORP in it. */
    REGIONAL_COORDINATOR(Scope.REGION),
    /** Runs the planning process of one ORP. */
    DISTRICT_COORDINATOR(Scope.DISTRICT),
    /** Member of a planning group of one ORP: sees its internal pages. */
    GROUP_MEMBER(Scope.DISTRICT),
    /** Edits the records of one provider (by IČO) in the ORP it works in. */
    PROVIDER_EDITOR(Scope.DISTRICT);

    /** The kind of territory a grant of the role names. */
    public enum Scope {
        NONE,
        REGION,
        DISTRICT
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN} (the page layout relies on that one). */
    public String authority() {
        return this == SYSTEM_ADMIN ? "ROLE_ADMIN" : "ROLE_" + name();
    }

    /** Message key of the Czech/English role name. */
    public String messageKey() {
        return "identity.role." + name();
    }
}
