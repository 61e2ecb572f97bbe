package cz.planovna.region;

import cz.planovna.territory.RegionMapArea;

/** An ORP on the kraj's map with the status it is coloured and labelled by. */
public record MapEntry(RegionMapArea area, MapStatus status) {}
