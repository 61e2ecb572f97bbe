package cz.planovna.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The life of a consultation. Prepared, open and closed follow from the dates and today's date
 * (Europe/Prague): open from the opening date to the closing date, both included. Settled once the
 * settlement table has been published.
 */
public enum ConsultationState {
    PREPARED,
    OPEN,
    CLOSED,
    SETTLED;

    public static ConsultationState of(
            LocalDate opensOn, LocalDate closesOn, Instant settlementPublishedAt, LocalDate today) {
        if (settlementPublishedAt != null) {
            return SETTLED;
        }
        if (today.isBefore(opensOn)) {
            return PREPARED;
        }
        return today.isAfter(closesOn) ? CLOSED : OPEN;
    }

    /** The public sees open, closed and settled consultations, never prepared ones. */
    public boolean isPublic() {
        return this != PREPARED;
    }

    public String messageKey() {
        return "consultation.state." + name();
    }
}
