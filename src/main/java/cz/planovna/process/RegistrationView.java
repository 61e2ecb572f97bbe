package cz.planovna.process;

import java.time.Instant;

/** A registration as the organiser sees it. */
public record RegistrationView(
        Long id, String fullName, String organisation, String email, Instant registeredAt, Instant cancelledAt) {}
