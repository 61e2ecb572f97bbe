package cz.planovna.monitoring;

/** An activity of a measure in a year (activities carry no planned money, only money spent). */
public record ActivityProgress(
        long nodeId, String number, String title, ItemState state, String comment, Money money, boolean recorded) {}
