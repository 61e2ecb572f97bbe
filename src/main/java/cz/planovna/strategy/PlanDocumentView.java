package cz.planovna.strategy;

import java.time.Instant;

/**
 * A generation of a plan document as pages show it. {@code state}: RUNNING, DONE or FAILED (a run
 * cut off by a restart reads as FAILED); {@code step}: queued, model, pdf, docx, xlsx, store, done.
 */
public record PlanDocumentView(
        long id,
        long planId,
        int districtCode,
        long planVersion,
        PlanState planState,
        String state,
        int progress,
        String step,
        String requestedBy,
        Instant requestedAt,
        Instant finishedAt,
        Integer pageCount) {

    public boolean running() {
        return "RUNNING".equals(state);
    }

    public boolean done() {
        return "DONE".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }
}
