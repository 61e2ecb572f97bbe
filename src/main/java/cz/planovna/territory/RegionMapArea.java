package cz.planovna.territory;

/** One ORP on the map of its kraj: the path of its obce and a point inside it for the label. */
public record RegionMapArea(int orpCode, String orpName, String path, MapPoint label) {}
