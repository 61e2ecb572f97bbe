package cz.planovna.territory;

import java.util.List;

/** A kraj with its ORP sorted by Czech collation. */
public record RegionDetail(RegionSummary region, String nutsCode, List<DistrictSummary> districts) {}
