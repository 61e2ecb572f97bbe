package cz.planovna.process;

import java.util.List;

/**
 * The public page of an ORP's planning: the current round (the running one, else the latest;
 * null when there is none), the other rounds, and the groups.
 */
public record PublicProcess(
        OrpInfo orp, RoundDetail currentRound, List<RoundSummary> otherRounds, List<PublicGroup> groups) {}
