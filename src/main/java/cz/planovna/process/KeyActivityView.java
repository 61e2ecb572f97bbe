package cz.planovna.process;

/** A key activity: code KA1–KA5, what is done, what it produces (may be null). */
public record KeyActivityView(String code, String description, String outputs) {}
