package cz.planovna.territory;

import java.util.Optional;

/**
 * Equirectangular projection of WGS84 onto a map's SVG user units: x grows east with the longitude
 * shortened by the cosine of the map's middle latitude (so that distances east and north agree
 * within a district, error below 1 %), y grows south; then scaled and shifted to fit the view box.
 *
 * @param west longitude at the left edge of the drawn area (before the margin)
 * @param north latitude at the top edge of the drawn area (before the margin)
 * @param cosLatitude cosine of the middle latitude
 * @param scale SVG units per degree of latitude
 * @param margin empty SVG units around the drawn area
 * @param width width of the view box
 * @param height height of the view box
 */
public record MapProjection(
        double west, double north, double cosLatitude, double scale, double margin, int width, int height) {

    public double x(double longitude) {
        return margin + (longitude - west) * cosLatitude * scale;
    }

    public double y(double latitude) {
        return margin + (north - latitude) * scale;
    }

    /** The point in the view box, empty when it lies outside (e.g. a facility in another ORP). */
    public Optional<MapPoint> point(double latitude, double longitude) {
        double x = x(longitude);
        double y = y(latitude);
        if (x < 0 || y < 0 || x > width || y > height) {
            return Optional.empty();
        }
        return Optional.of(new MapPoint(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0));
    }
}
