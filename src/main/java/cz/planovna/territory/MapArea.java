package cz.planovna.territory;

/**
 * One obec on a map: its ČSÚ code and name, its boundary as SVG path data (absolute move, then
 * relative lines in whole SVG units, holes as extra rings; draw with {@code fill-rule="evenodd"})
 * and a point inside its bounding box for a label or a marker.
 */
public record MapArea(int code, String name, String path, MapPoint centre) {}
