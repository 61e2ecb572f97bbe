package cz.planovna.process;

import java.time.LocalDate;
import java.util.List;

/** The grant project of a round; {@code budget} in whole Kč, may be null like call and partner. */
public record GrantProjectView(
        String registrationNumber,
        String call,
        LocalDate periodFrom,
        LocalDate periodTo,
        Long budget,
        String implementer,
        String partner,
        List<KeyActivityView> keyActivities) {}
