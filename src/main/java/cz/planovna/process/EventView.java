package cz.planovna.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** An event as pages show it; {@code registered} counts active registrations. */
public record EventView(
        Long id,
        int organiserCode,
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
        long registered,
        Set<Integer> partners,
        long version) {

    public boolean full() {
        return capacity != null && registered >= capacity;
    }

    public Long freePlaces() {
        return capacity == null ? null : Math.max(0, capacity - registered);
    }
}
