package cz.planovna.process;

/** A group in a list, with the number of its current members. */
public record GroupSummary(
        Long id, GroupKind kind, String name, String area, boolean openForSubscription, int memberCount) {}
