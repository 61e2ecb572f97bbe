package cz.planovna.process;

import java.time.LocalDate;

/** A new membership, from the form; {@code joinedOn} null means today. */
record MemberDetails(
        String fullName,
        String organisation,
        String email,
        MemberRole role,
        Sector sector,
        boolean publishConsent,
        LocalDate joinedOn) {}
