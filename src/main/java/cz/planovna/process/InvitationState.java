package cz.planovna.process;

import java.time.Instant;

/** When the invitation went out, to how many, and whether the meeting changed since. */
public record InvitationState(Instant sentAt, int recipients, boolean outdated) {

    public boolean sent() {
        return sentAt != null;
    }
}
