package cz.planovna.survey;

import java.time.Instant;
import java.time.LocalDate;

/** A personal invitation for the coordinator: whom, when, whether answered. */
public record InvitationView(String email, Instant invitedAt, LocalDate remindedOn, boolean answered) {}
