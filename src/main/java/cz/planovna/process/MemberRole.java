package cz.planovna.process;

/** The role of a person within one group. */
public enum MemberRole {
    CHAIR,
    DEPUTY,
    MEMBER,
    SECRETARY,
    GUEST;

    public String messageKey() {
        return "process.member.role." + name();
    }
}
