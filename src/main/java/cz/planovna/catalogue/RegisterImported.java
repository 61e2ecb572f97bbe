package cz.planovna.catalogue;

import java.util.Set;

/** Published after a register import was applied; {@code districts} are the ORP with changes. */
public record RegisterImported(
        long runId, int newServices, int changedServices, int endedServices, Set<Integer> districts) {}
