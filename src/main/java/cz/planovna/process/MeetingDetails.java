package cz.planovna.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a coordinator enters for a meeting; {@code agenda} are the item titles in order. */
record MeetingDetails(
        String title,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        String onlineUrl,
        String note,
        List<String> agenda) {

    boolean overlaps(LocalDate otherDate, LocalTime otherStart, LocalTime otherEnd) {
        return date.equals(otherDate) && startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }
}
