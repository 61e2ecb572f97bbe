package cz.planovna.process;

/** A guest of a meeting. */
public record GuestView(String fullName, String organisation) {}
