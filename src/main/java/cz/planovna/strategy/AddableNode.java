package cz.planovna.strategy;

/** A measure or activity of the medium-term plan that the action plan does not contain yet. */
public record AddableNode(long nodeId, NodeKind kind, String label) {}
