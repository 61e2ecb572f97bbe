package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone who came to a meeting without being a member; named in the internal minutes only. */
@Embeddable
class Guest {

    @Column(name = "full_name")
    private String fullName;

    private String organisation;

    protected Guest() {}

    Guest(String fullName, String organisation) {
        this.fullName = Texts.required(fullName, GroupMember.NAME_MAX, "fullName");
        this.organisation = Texts.optional(organisation, GroupMember.NAME_MAX, "organisation");
    }

    GuestView toView() {
        return new GuestView(fullName, organisation);
    }
}
