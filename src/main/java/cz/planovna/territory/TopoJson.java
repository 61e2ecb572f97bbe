package cz.planovna.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A TopoJSON topology of obce (objects of type Polygon or MultiPolygon with the property {@code
 * kod_obec}), decoded into WGS84 rings. Quantized files (with a {@code transform}) store each arc as
 * a first position and then deltas; they are turned into longitude and latitude here. Arcs are
 * kept once and shared by the obce on both sides of a boundary.
 */
final class TopoJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** Every arc as longitude, latitude pairs one after another. */
    private final double[][] arcs;

    /** Obec code → polygons → rings → arc indices (a negative index {@code ~i} is arc i reversed). */
    private final Map<Integer, int[][][]> shapes;

    private TopoJson(double[][] arcs, Map<Integer, int[][][]> shapes) {
        this.arcs = arcs;
        this.shapes = shapes;
    }

    /**
     * Reads the topology as a token stream: the arcs (most of the file) go straight into arrays of
     * numbers, only each obec's small geometry becomes a tree. A JSON tree of a whole kraj's file
     * needed tens of megabytes of heap (ADR 0014, docs/deployment.md's 112 MB heap).
     */
    static TopoJson read(InputStream in) {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a TopoJSON topology");
            }
            String type = null;
            double[] transform = null;
            List<double[]> raw = new ArrayList<>();
            Map<Integer, int[][][]> shapes = new HashMap<>();
            for (JsonToken field = parser.nextToken(); field == JsonToken.PROPERTY_NAME; field = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                    case "transform" -> transform = transform(parser.readValueAsTree());
                    case "arcs" -> readArcs(parser, raw);
                    case "objects" -> readObjects(parser, shapes);
                    default -> parser.skipChildren();
                }
            }
            if (!"Topology".equals(type)) {
                throw new IllegalArgumentException("not a TopoJSON topology");
            }
            double[][] arcs = raw.toArray(double[][]::new);
            if (transform != null) {
                // quantized: each position is a delta from the previous one, in grid units
                for (double[] points : arcs) {
                    double x = 0;
                    double y = 0;
                    for (int p = 0; p < points.length; p += 2) {
                        x += points[p];
                        y += points[p + 1];
                        points[p] = x * transform[0] + transform[2];
                        points[p + 1] = y * transform[1] + transform[3];
                    }
                }
            }
            return new TopoJson(arcs, Map.copyOf(shapes));
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("not a TopoJSON file", e));
        }
    }

    /** {@code [scale x, scale y, translate x, translate y]}. */
    private static double[] transform(JsonNode node) {
        return new double[] {
            node.path("scale").path(0).asDouble(1),
            node.path("scale").path(1).asDouble(1),
            node.path("translate").path(0).asDouble(),
            node.path("translate").path(1).asDouble()
        };
    }

    private static void readArcs(JsonParser parser, List<double[]> arcs) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        double[] buffer = new double[1024];
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            int n = 0;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                if (n + 2 > buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
                parser.nextToken();
                buffer[n++] = parser.getDoubleValue();
                parser.nextToken();
                buffer[n++] = parser.getDoubleValue();
                // positions may carry more than two numbers; only x and y are used
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                }
            }
            arcs.add(java.util.Arrays.copyOf(buffer, n));
        }
    }

    private static void readObjects(JsonParser parser, Map<Integer, int[][][]> shapes) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            parser.nextToken();
            JsonNode object = parser.readValueAsTree();
            for (JsonNode geometry : object.path("geometries")) {
                JsonNode code = geometry.path("properties").path("kod_obec");
                if (!code.isNumber() && !code.isString()) {
                    continue;
                }
                int obec = Integer.parseInt(code.asString().strip());
                String type = geometry.path("type").asString("");
                JsonNode polygons;
                if ("Polygon".equals(type)) {
                    polygons = JSON.createArrayNode().add(geometry.path("arcs"));
                } else if ("MultiPolygon".equals(type)) {
                    polygons = geometry.path("arcs");
                } else {
                    continue;
                }
                shapes.put(obec, polygons(polygons));
            }
        }
    }

    private static int[][][] polygons(JsonNode polygons) {
        int[][][] result = new int[polygons.size()][][];
        for (int p = 0; p < polygons.size(); p++) {
            JsonNode rings = polygons.get(p);
            result[p] = new int[rings.size()][];
            for (int r = 0; r < rings.size(); r++) {
                JsonNode ring = rings.get(r);
                int[] indices = new int[ring.size()];
                for (int a = 0; a < ring.size(); a++) {
                    indices[a] = ring.get(a).asInt();
                }
                result[p][r] = indices;
            }
        }
        return result;
    }

    Set<Integer> obce() {
        return shapes.keySet();
    }

    /**
     * The rings of an obec (outer boundaries and holes alike, as SVG's even-odd rule needs no
     * distinction), each as longitude, latitude pairs; empty for an obec not in the file.
     */
    List<double[]> rings(int obec) {
        return rings(obec, 0, 1);
    }

    /**
     * The rings with each arc simplified (Douglas–Peucker, ends kept) to {@code tolerance} degrees
     * of latitude, longitude shortened by {@code cosLatitude}. Arcs are simplified one by one, so a
     * boundary shared by two obce stays the same line for both: no gaps, no overlaps.
     */
    List<double[]> rings(int obec, double tolerance, double cosLatitude) {
        int[][][] polygons = shapes.get(obec);
        if (polygons == null) {
            return List.of();
        }
        List<double[]> rings = new ArrayList<>();
        for (int[][] polygon : polygons) {
            for (int[] ring : polygon) {
                rings.add(ring(ring, tolerance, cosLatitude));
            }
        }
        return rings;
    }

    /** {@code [west, south, east, north]} of an obec. */
    Optional<double[]> bounds(int obec) {
        List<double[]> rings = rings(obec);
        if (rings.isEmpty()) {
            return Optional.empty();
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        rings.forEach(r -> extend(box, r));
        return Optional.of(box);
    }

    static void extend(double[] box, double[] ring) {
        for (int i = 0; i < ring.length; i += 2) {
            box[0] = Math.min(box[0], ring[i]);
            box[1] = Math.min(box[1], ring[i + 1]);
            box[2] = Math.max(box[2], ring[i]);
            box[3] = Math.max(box[3], ring[i + 1]);
        }
    }

    /** Joins the arcs of a ring; each arc after the first starts where the previous one ended. */
    private double[] ring(int[] arcIndices, double tolerance, double cosLatitude) {
        int length = 0;
        for (int index : arcIndices) {
            length += arcs[index < 0 ? ~index : index].length;
        }
        double[] out = new double[length];
        int n = 0;
        for (int k = 0; k < arcIndices.length; k++) {
            int index = arcIndices[k];
            double[] raw = arcs[index < 0 ? ~index : index];
            double[] arc = tolerance > 0 ? simplify(raw, tolerance, cosLatitude) : raw;
            int points = arc.length / 2;
            for (int p = k == 0 ? 0 : 1; p < points; p++) {
                int source = index < 0 ? points - 1 - p : p;
                out[n++] = arc[2 * source];
                out[n++] = arc[2 * source + 1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Douglas–Peucker on one arc of longitude, latitude pairs; the first and last points stay. */
    static double[] simplify(double[] arc, double tolerance, double cosLatitude) {
        int points = arc.length / 2;
        if (points <= 2) {
            return arc;
        }
        boolean[] keep = new boolean[points];
        keep[0] = true;
        keep[points - 1] = true;
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {0, points - 1});
        double limit = tolerance * tolerance;
        while (!stack.isEmpty()) {
            int[] span = stack.pop();
            int first = span[0];
            int last = span[1];
            double ax = arc[2 * first] * cosLatitude;
            double ay = arc[2 * first + 1];
            double bx = arc[2 * last] * cosLatitude;
            double by = arc[2 * last + 1];
            double dx = bx - ax;
            double dy = by - ay;
            double length = dx * dx + dy * dy;
            double worst = -1;
            int worstAt = -1;
            for (int i = first + 1; i < last; i++) {
                double px = arc[2 * i] * cosLatitude - ax;
                double py = arc[2 * i + 1] - ay;
                double distance;
                if (length == 0) {
                    distance = px * px + py * py;
                } else {
                    double t = Math.max(0, Math.min(1, (px * dx + py * dy) / length));
                    double ex = px - t * dx;
                    double ey = py - t * dy;
                    distance = ex * ex + ey * ey;
                }
                if (distance > worst) {
                    worst = distance;
                    worstAt = i;
                }
            }
            if (worstAt > 0 && worst > limit) {
                keep[worstAt] = true;
                stack.push(new int[] {first, worstAt});
                stack.push(new int[] {worstAt, last});
            }
        }
        int kept = 0;
        double[] out = new double[arc.length];
        for (int i = 0; i < points; i++) {
            if (keep[i]) {
                out[2 * kept] = arc[2 * i];
                out[2 * kept + 1] = arc[2 * i + 1];
                kept++;
            }
        }
        return java.util.Arrays.copyOf(out, 2 * kept);
    }

    // ---- for the map of a kraj's ORP (RegionMaps) ----------------------------------------------

    /** The polygons of an obec as arc indices ({@code ~i} = arc i reversed); null when not in the file. */
    int[][][] shape(int obec) {
        return shapes.get(obec);
    }

    /** One arc as longitude, latitude pairs, simplified like {@link #rings(int, double, double)}. */
    double[] arc(int index, double tolerance, double cosLatitude) {
        double[] raw = arcs[index < 0 ? ~index : index];
        return tolerance > 0 ? simplify(raw, tolerance, cosLatitude) : raw;
    }
}
