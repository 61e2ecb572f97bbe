package cz.planovna.territory;

/** A point in a map's SVG user units (x to the east, y to the south). */
public record MapPoint(double x, double y) {}
