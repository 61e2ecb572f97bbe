package cz.planovna.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project of the pipeline as pages, exports and the plan document show it. {@code measure} is
 * the linked measure ("1.2.3 Name") or null; {@code measureRemoved} says the measure was removed
 * from its plan after the link was made.
 */
public record ProjectView(
        long id,
        int districtCode,
        String title,
        String organisation,
        String contactPerson,
        String contact,
        String providerIco,
        String description,
        long estimatedCost,
        List<CostLine> costSplit,
        Long measureId,
        MeasureOption measure,
        ProjectReadiness readiness,
        String callName,
        String callProgramme,
        LocalDate callDeadline,
        ProjectState state,
        boolean illustrative,
        Instant updatedAt,
        long version) {

    public boolean hasCall() {
        return callName != null || callProgramme != null || callDeadline != null;
    }
}
