package cz.planovna.process;

/** A member of the realisation team. */
public record TeamMemberView(String fullName, String role) {}
