package cz.planovna.process;

/** A group open for subscription, as its public subscription pages show it. */
public record SubscriptionGroup(OrpInfo orp, long id, String name, String area, String description) {}
