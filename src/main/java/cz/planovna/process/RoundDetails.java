package cz.planovna.process;

import java.time.LocalDate;
import java.util.List;

/** What a coordinator sets on a round, already parsed from the form. */
record RoundDetails(
        String name,
        LocalDate periodFrom,
        LocalDate periodTo,
        String description,
        RoundState state,
        List<Milestone> milestones) {

    RoundDetails {
        milestones = List.copyOf(milestones);
    }
}
