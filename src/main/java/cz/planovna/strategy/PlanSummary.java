package cz.planovna.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A plan's facts, without its tree. */
public record PlanSummary(
        long id,
        int districtCode,
        String title,
        int yearFrom,
        int yearTo,
        String vision,
        PlanState state,
        String approvedBy,
        LocalDate approvedOn,
        String resolution,
        Instant updatedAt,
        long version) {

    public List<Integer> years() {
        return IntStream.rangeClosed(yearFrom, yearTo).boxed().toList();
    }
}
