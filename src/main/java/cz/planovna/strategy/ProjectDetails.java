package cz.planovna.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator writes about a project of the pipeline. The cost is in whole crowns; the
 * optional split by year and funding source must add up to it.
 */
public record ProjectDetails(
        String title,
        String organisation,
        String contactPerson,
        String contact,
        String providerIco,
        String description,
        long estimatedCost,
        List<CostLine> costSplit,
        Long measureId,
        ProjectReadiness readiness,
        String callName,
        String callProgramme,
        LocalDate callDeadline) {

    public ProjectDetails {
        costSplit = costSplit == null ? List.of() : List.copyOf(costSplit);
    }
}
