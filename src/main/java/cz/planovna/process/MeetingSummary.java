package cz.planovna.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting in a list. */
public record MeetingSummary(
        Long id,
        Long groupId,
        String groupName,
        String title,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        boolean online,
        boolean cancelled,
        Instant invitationSentAt,
        MinutesState minutesState) {}
