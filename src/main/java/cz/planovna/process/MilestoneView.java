package cz.planovna.process;

import java.time.LocalDate;

/** One step of a schedule. */
public record MilestoneView(String title, LocalDate dueOn, boolean done) {}
