package cz.planovna.catalogue;

import java.util.List;

/**
 * The diff of one import for one ORP. A service is listed under every ORP in which it has a
 * facility, so one service can appear under several ORP.
 */
public record DistrictDiff(
        int districtCode,
        String districtName,
        List<ServiceChange> added,
        List<ServiceChange> changed,
        List<ServiceChange> ended) {}
