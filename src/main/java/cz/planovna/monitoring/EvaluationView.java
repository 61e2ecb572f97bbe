package cz.planovna.monitoring;

import java.time.Instant;
import java.util.Map;

/** An evaluation as pages and documents read it; {@code conclusions} by priority node id. */
public record EvaluationView(
        long id,
        long planId,
        int districtCode,
        EvaluationKind kind,
        Integer year,
        EvaluationState state,
        String summary,
        Map<Long, String> conclusions,
        ProcessEvaluation process,
        Instant createdAt,
        Instant updatedAt,
        Instant finalisedAt,
        long version) {

    public boolean draft() {
        return state == EvaluationState.DRAFT;
    }

    public boolean yearly() {
        return kind == EvaluationKind.YEARLY;
    }

    public String conclusion(long priorityId) {
        return conclusions.get(priorityId);
    }

    /** A file name part: "evaluace-2020" or "evaluace-zaverecna". */
    public String fileName() {
        return yearly() ? "evaluace-" + year : "evaluace-zaverecna";
    }
}
