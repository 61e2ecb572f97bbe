package cz.planovna.analysis;

/** A SWOT item as another module cites it: which analysis, which quadrant, what it says. */
public record SwotItemRef(long id, long swotId, int districtCode, String swotName, Quadrant quadrant, String text) {}
