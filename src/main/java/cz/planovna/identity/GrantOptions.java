package cz.planovna.identity;

import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.RegionSummary;
import java.util.List;

/** What the viewer may choose in an invite or grant form. */
record GrantOptions(List<Role> roles, List<DistrictSummary> districts, List<RegionSummary> regions) {}
