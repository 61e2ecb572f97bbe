package cz.planovna.process;

import java.time.LocalDate;
import java.util.List;

/** A round with its schedule (sorted by date) and grant project ({@code null} when none). */
public record RoundDetail(
        Long id,
        String name,
        LocalDate periodFrom,
        LocalDate periodTo,
        String description,
        RoundState state,
        List<MilestoneView> milestones,
        GrantProjectView grantProject,
        RoundTeamView team,
        long version) {}
