package cz.planovna.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** What a coordinator enters for an event; {@code partners} are the ČSÚ codes of co-organising ORPs. */
record EventDetails(
        EventKind kind,
        String title,
        String description,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        String onlineUrl,
        Integer capacity,
        boolean registrationOpen,
        boolean published,
        Set<Integer> partners) {}
