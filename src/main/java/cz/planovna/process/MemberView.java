package cz.planovna.process;

import java.time.LocalDate;

/** A membership as coordinators and members of the ORP see it. */
public record MemberView(
        Long id,
        String fullName,
        String organisation,
        String email,
        MemberRole role,
        Sector sector,
        boolean publishConsent,
        LocalDate joinedOn,
        LocalDate leftOn,
        boolean wantsDigest) {}
