package cz.planovna.process;

import java.time.LocalDate;

/** A task as the minutes and the next meetings show it; {@code assignee} is already public-safe where needed. */
public record TaskView(
        Long id,
        String assignee,
        String description,
        LocalDate dueOn,
        LocalDate doneOn,
        boolean overdue,
        LocalDate meetingDate,
        long version) {}
