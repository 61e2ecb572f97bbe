package cz.planovna.identity;

/** What happened to an account; shown in its audit trail. */
enum AuditAction {
    USER_CREATED,
    USER_INVITED,
    INVITATION_ACCEPTED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_COMPLETED,
    PASSWORD_CHANGED,
    NAME_CHANGED,
    ACCOUNT_LOCKED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED;

    public String messageKey() {
        return "identity.audit.action." + name();
    }
}
