package cz.planovna.analysis;

/** One obec of the ORP in the chosen year. */
public record ObecRow(int code, String name, YearSummary summary) {}
