package cz.planovna.analysis;

/** Projected people aged 65+ and 80+ in a future year (linear trend, whole persons). */
public record ProjectionPoint(int year, long seniors, long oldest) {}
