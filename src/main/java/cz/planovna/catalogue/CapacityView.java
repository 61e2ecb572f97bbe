package cz.planovna.catalogue;

/** A registered maximum capacity (not free places); {@code amount} may be unknown. */
public record CapacityView(CapacityType type, Integer amount, String note) {}
