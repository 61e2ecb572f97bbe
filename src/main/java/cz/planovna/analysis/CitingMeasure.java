package cz.planovna.analysis;

/** A measure of a plan that cites a finding or SWOT item: e.g. "1.1.2 Posílení terénních služeb". */
public record CitingMeasure(String planTitle, String measureLabel, String url) {}
