package cz.planovna.process;

import java.time.LocalDate;

/** A round in a list. */
public record RoundSummary(
        Long id,
        String name,
        LocalDate periodFrom,
        LocalDate periodTo,
        RoundState state,
        int milestoneCount,
        boolean hasGrantProject) {}
