package cz.planovna.strategy;

import java.time.Instant;
import java.time.LocalDate;

/** An action plan's facts, without its items. */
public record ActionPlanSummary(
        long id,
        long planId,
        String planTitle,
        int districtCode,
        int year,
        ActionPlanState state,
        String approvedBy,
        LocalDate approvedOn,
        String resolution,
        Instant updatedAt,
        long version) {

    public boolean approved() {
        return state == ActionPlanState.APPROVED;
    }
}
