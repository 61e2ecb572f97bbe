package cz.planovna.process;

/** A member on the public page; {@code name} and {@code organisation} are null without consent. */
public record PublicMember(String name, String organisation, MemberRole role, Sector sector) {

    public boolean named() {
        return name != null;
    }
}
