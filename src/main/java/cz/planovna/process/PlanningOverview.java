package cz.planovna.process;

import java.util.List;

/** The coordinator's overview of an ORP's planning; {@code mayEdit}: the viewer may change it. */
public record PlanningOverview(OrpInfo orp, List<RoundSummary> rounds, List<GroupSummary> groups, boolean mayEdit) {}
