package cz.planovna.analysis;

/** A working group of the ORP offered in the interview and SWOT forms. */
public record GroupOption(long id, String name) {}
