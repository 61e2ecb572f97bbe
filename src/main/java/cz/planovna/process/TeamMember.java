package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person of a round's realisation team and their part in it, e.g. "odborný garant". */
@Embeddable
class TeamMember {

    private int ordinal;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "team_role")
    private String role;

    protected TeamMember() {}

    TeamMember(int ordinal, String fullName, String role) {
        this.ordinal = ordinal;
        this.fullName = Texts.required(fullName, GroupMember.NAME_MAX, "fullName");
        this.role = Texts.optional(role, GroupMember.NAME_MAX, "role");
    }

    int ordinal() {
        return ordinal;
    }

    TeamMemberView toView() {
        return new TeamMemberView(fullName, role);
    }
}
