package cz.planovna.strategy;

import java.time.Instant;
import java.time.LocalDate;

/** An amendment of a plan; open while {@code approvedOn} is null. */
public record AmendmentView(
        int number,
        String summary,
        String reason,
        Instant openedAt,
        String openedBy,
        String approvedBy,
        LocalDate approvedOn,
        String resolution) {

    public boolean open() {
        return approvedOn == null;
    }
}
