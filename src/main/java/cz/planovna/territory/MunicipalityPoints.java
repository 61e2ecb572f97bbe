package cz.planovna.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/**
 * Points inside obce, from the same bundled boundaries as the maps ({@code
 * data/boundaries/obce_kraj_NNNN.topojson}): a central point of each obec and deterministic points
 * near it, for generated register data (facility coordinates of the demo and of tests). Works
 * without Spring; a kraj's file is decoded at the first question about one of its obce and kept.
 * An obec of a kraj without a file has no points.
 */
public final class MunicipalityPoints {

    /** A WGS84 position. */
    public record GeoPoint(double latitude, double longitude) {}

    /** Points drawn near the centre move at most this share of the obec's extent each way. */
    static final double SPREAD = 0.2;

    private static final String FOLDER = "data/boundaries/";
    private static final int TRIES = 8;

    private final Map<Integer, Optional<TopoJson>> topologies = new ConcurrentHashMap<>();
    private final Map<Long, Optional<Shape>> shapes = new ConcurrentHashMap<>();

    /** @param regionCode ČSÚ code of the kraj (e.g. 3034), as the boundary files are named */
    public Optional<GeoPoint> centre(int regionCode, int obecCode) {
        return shape(regionCode, obecCode).map(Shape::centre);
    }

    /** {@code [west, south, east, north]} of the obec. */
    public Optional<double[]> bounds(int regionCode, int obecCode) {
        return shape(regionCode, obecCode).map(s -> s.box.clone());
    }

    /** Whether the point lies inside the obec's boundary (holes excluded). */
    public boolean contains(int regionCode, int obecCode, GeoPoint point) {
        return shape(regionCode, obecCode)
                .map(s -> s.contains(point.longitude(), point.latitude()))
                .orElse(false);
    }

    /**
     * A point inside the obec near its centre, the same for the same {@code salt}: the centre moved
     * by up to {@link #SPREAD} of the obec's extent (a few tries to stay inside, else the centre).
     */
    public Optional<GeoPoint> near(int regionCode, int obecCode, long salt) {
        return shape(regionCode, obecCode).map(s -> {
            SplittableRandom random = new SplittableRandom(salt);
            double width = s.box[2] - s.box[0];
            double height = s.box[3] - s.box[1];
            for (int i = 0; i < TRIES; i++) {
                double lon = s.centreLon + (random.nextDouble() * 2 - 1) * SPREAD * width;
                double lat = s.centreLat + (random.nextDouble() * 2 - 1) * SPREAD * height;
                if (s.contains(lon, lat)) {
                    return new GeoPoint(lat, lon);
                }
            }
            return s.centre();
        });
    }

    private Optional<Shape> shape(int regionCode, int obecCode) {
        return shapes.computeIfAbsent(
                ((long) regionCode << 32) | obecCode,
                key -> topology(regionCode)
                        .map(t -> t.rings(obecCode))
                        .filter(rings -> !rings.isEmpty())
                        .map(Shape::new));
    }

    private Optional<TopoJson> topology(int regionCode) {
        return topologies.computeIfAbsent(regionCode, code -> {
            ClassPathResource resource = new ClassPathResource(FOLDER + "obce_kraj_" + code + ".topojson");
            if (!resource.exists()) {
                return Optional.empty();
            }
            try (InputStream in = resource.getInputStream()) {
                return Optional.of(TopoJson.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An obec's rings (longitude, latitude pairs), its box and a central point inside it. */
    static final class Shape {
        private final List<double[]> rings;
        private final double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        private final double centreLon;
        private final double centreLat;

        Shape(List<double[]> rings) {
            this.rings = rings;
            rings.forEach(r -> TopoJson.extend(box, r));
            double[] centroid = centroid(largest(rings));
            if (contains(centroid[0], centroid[1])) {
                centreLon = centroid[0];
                centreLat = centroid[1];
            } else {
                // a crescent or a ring: the middle of the widest stretch inside on the centroid's parallel
                double lat = centroid[1];
                double[] span = widestInside(lat);
                if (span == null) {
                    lat = (box[1] + box[3]) / 2;
                    span = widestInside(lat);
                }
                centreLon = span == null ? centroid[0] : (span[0] + span[1]) / 2;
                centreLat = lat;
            }
        }

        GeoPoint centre() {
            return new GeoPoint(centreLat, centreLon);
        }

        /** Even-odd rule over all rings, so holes (enclaves) are outside. */
        boolean contains(double lon, double lat) {
            boolean inside = false;
            for (double[] ring : rings) {
                int n = ring.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = ring[2 * i], yi = ring[2 * i + 1];
                    double xj = ring[2 * j], yj = ring[2 * j + 1];
                    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }

        /** The widest [west, east] stretch of the parallel inside the obec, or null. */
        private double[] widestInside(double lat) {
            List<Double> crossings = new java.util.ArrayList<>();
            for (double[] ring : rings) {
                int n = ring.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = ring[2 * i], yi = ring[2 * i + 1];
                    double xj = ring[2 * j], yj = ring[2 * j + 1];
                    if ((yi > lat) != (yj > lat)) {
                        crossings.add((xj - xi) * (lat - yi) / (yj - yi) + xi);
                    }
                }
            }
            crossings.sort(Double::compare);
            double[] best = null;
            for (int i = 0; i + 1 < crossings.size(); i += 2) {
                double west = crossings.get(i);
                double east = crossings.get(i + 1);
                if (best == null || east - west > best[1] - best[0]) {
                    best = new double[] {west, east};
                }
            }
            return best;
        }

        private static double[] largest(List<double[]> rings) {
            double[] largest = rings.get(0);
            for (double[] ring : rings) {
                if (Math.abs(area(ring)) > Math.abs(area(largest))) {
                    largest = ring;
                }
            }
            return largest;
        }

        private static double area(double[] ring) {
            double sum = 0;
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                sum += ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
            }
            return sum / 2;
        }

        /** The area centroid of a ring (the mean of its points for a degenerate one). */
        private static double[] centroid(double[] ring) {
            double a = area(ring);
            int n = ring.length / 2;
            if (Math.abs(a) < 1e-12) {
                double x = 0, y = 0;
                for (int i = 0; i < n; i++) {
                    x += ring[2 * i];
                    y += ring[2 * i + 1];
                }
                return new double[] {x / n, y / n};
            }
            double cx = 0, cy = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double cross = ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
                cx += (ring[2 * j] + ring[2 * i]) * cross;
                cy += (ring[2 * j + 1] + ring[2 * i + 1]) * cross;
            }
            return new double[] {cx / (6 * a), cy / (6 * a)};
        }
    }
}
