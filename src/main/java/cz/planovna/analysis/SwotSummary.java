package cz.planovna.analysis;

import java.time.Instant;

/** A SWOT analysis in the list of an ORP's analyses. */
public record SwotSummary(long id, String name, String groupName, int itemCount, int voters, Instant updatedAt) {}
