package cz.planovna.process;

import java.time.LocalDate;
import java.time.LocalTime;

/** One event for an iCalendar file: a meeting or a public event of an ORP. */
record CalendarEntry(
        String uid,
        int sequence,
        String summary,
        String description,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String location,
        String url,
        boolean cancelled) {}
