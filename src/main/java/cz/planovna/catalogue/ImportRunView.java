package cz.planovna.catalogue;

import java.time.Instant;

/** An import run in a list or a progress bar: {@code recordsProcessed} of {@code recordsTotal}. */
public record ImportRunView(
        long id,
        String fileName,
        ImportStatus status,
        ImportPhase phase,
        Instant startedAt,
        Instant finishedAt,
        int recordsTotal,
        int recordsProcessed,
        int newServices,
        int changedServices,
        int endedServices,
        int recordsRejected) {

    /** 0–100; a finished run is 100. */
    public int percent() {
        if (phase == ImportPhase.DONE) {
            return 100;
        }
        return recordsTotal == 0 ? 0 : (int) Math.min(99, 100L * recordsProcessed / recordsTotal);
    }
}
