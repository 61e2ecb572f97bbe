package cz.planovna.territory;

import cz.planovna.shared.text.CzechCollation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps of a kraj with its ORP, drawn from the same bundled obec boundaries as {@link TerritoryMaps}
 * (there is no separate ORP file): an ORP's area is the union of its obce's rings, and its boundary
 * the arcs of the topology that separate obce of two different ORP or lie on the kraj's edge (an arc
 * used by one obec only). Each kraj's map is kept once drawn; a kraj without a file has no map.
 */
@Service
@Transactional(readOnly = true)
public class RegionMaps {

    /** Coarser than an ORP map: a whole kraj at 1000 units needs no detail finer than 1.5 units. */
    static final double SIMPLIFY_UNITS = 1.5;

    private final DistrictRepository districts;
    private final MunicipalityRepository municipalities;
    private final Map<Integer, Optional<RegionMap>> maps = new ConcurrentHashMap<>();

    RegionMaps(DistrictRepository districts, MunicipalityRepository municipalities) {
        this.districts = districts;
        this.municipalities = municipalities;
    }

    /** The map of a kraj's ORP, empty when the kraj is unknown or has no boundaries. */
    public Optional<RegionMap> regionMap(int regionCode) {
        Optional<RegionMap> cached = maps.get(regionCode);
        if (cached != null) {
            return cached;
        }
        Optional<RegionMap> map = read(regionCode).flatMap(t -> draw(regionCode, t));
        maps.put(regionCode, map);
        return map;
    }

    private static Optional<TopoJson> read(int regionCode) {
        ClassPathResource resource = new ClassPathResource("data/boundaries/obce_kraj_" + regionCode + ".topojson");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(TopoJson.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<RegionMap> draw(int regionCode, TopoJson topology) {
        List<District> ofRegion = districts.findAllWithRegion().stream()
                .filter(d -> d.region().code() == regionCode)
                .toList();
        Map<Integer, List<Integer>> obceOf = new HashMap<>();
        for (District d : ofRegion) {
            List<Integer> codes = municipalities.findByDistrictCode(d.code()).stream()
                    .map(Municipality::code)
                    .filter(topology.obce()::contains)
                    .toList();
            if (!codes.isEmpty()) {
                obceOf.put(d.code(), codes);
            }
        }
        if (obceOf.isEmpty()) {
            return Optional.empty();
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        obceOf.values().forEach(codes -> codes.forEach(o -> topology.rings(o).forEach(r -> TopoJson.extend(box, r))));
        MapProjection projection = TerritoryMaps.fit(box);
        double tolerance = SIMPLIFY_UNITS / projection.scale();
        double cos = projection.cosLatitude();

        List<RegionMapArea> areas = new ArrayList<>();
        for (District d : ofRegion) {
            List<Integer> codes = obceOf.get(d.code());
            if (codes == null) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            double[] own = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            Map<Integer, double[]> obecBoxes = new HashMap<>();
            for (int obec : codes) {
                List<double[]> rings = topology.rings(obec, tolerance, cos);
                double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
                rings.forEach(r -> TopoJson.extend(b, r));
                rings.forEach(r -> TopoJson.extend(own, r));
                obecBoxes.put(obec, b);
                path.append(TerritoryMaps.path(rings, projection));
            }
            areas.add(new RegionMapArea(d.code(), d.name(), path.toString(), label(own, obecBoxes, projection)));
        }
        areas.sort(CzechCollation.comparing(RegionMapArea::orpName));
        return Optional.of(new RegionMap(
                regionCode, List.copyOf(areas), boundaries(topology, obceOf, tolerance, projection), projection));
    }

    /**
     * The label goes on the obec nearest to the weighted middle of the ORP's obce, so it lies inside
     * the ORP even when the ORP is not convex.
     */
    static MapPoint label(double[] own, Map<Integer, double[]> obecBoxes, MapProjection projection) {
        // the middle of the obce weighted by the size of their boxes: closer to where the ORP is
        // thick than the middle of its bounding box
        double cx = 0;
        double cy = 0;
        double weight = 0;
        for (double[] b : obecBoxes.values()) {
            double w = Math.max((b[2] - b[0]) * (b[3] - b[1]), 1e-12);
            cx += w * (b[0] + b[2]) / 2;
            cy += w * (b[1] + b[3]) / 2;
            weight += w;
        }
        cx /= weight;
        cy /= weight;
        double best = Double.MAX_VALUE;
        double[] chosen = own;
        for (double[] b : obecBoxes.values()) {
            double x = (b[0] + b[2]) / 2 - cx;
            double y = (b[1] + b[3]) / 2 - cy;
            double distance = x * x * projection.cosLatitude() * projection.cosLatitude() + y * y;
            if (distance < best) {
                best = distance;
                chosen = b;
            }
        }
        return new MapPoint(
                Math.round((projection.x(chosen[0]) + projection.x(chosen[2])) / 2),
                Math.round((projection.y(chosen[1]) + projection.y(chosen[3])) / 2));
    }

    /** Open lines along every arc between two ORP or on the edge of the drawn obce. */
    static String boundaries(
            TopoJson topology, Map<Integer, List<Integer>> obceOf, double tolerance, MapProjection projection) {
        Map<Integer, Set<Integer>> districtsOfArc = new HashMap<>();
        Map<Integer, Integer> uses = new HashMap<>();
        obceOf.forEach((orp, codes) -> {
            for (int obec : codes) {
                for (int[][] polygon : topology.shape(obec)) {
                    for (int[] ring : polygon) {
                        for (int index : ring) {
                            int arc = index < 0 ? ~index : index;
                            districtsOfArc
                                    .computeIfAbsent(arc, k -> new HashSet<>())
                                    .add(orp);
                            uses.merge(arc, 1, Integer::sum);
                        }
                    }
                }
            }
        });
        StringBuilder d = new StringBuilder();
        districtsOfArc.keySet().stream().sorted().forEach(arc -> {
            if (districtsOfArc.get(arc).size() > 1 || uses.get(arc) == 1) {
                d.append(line(topology.arc(arc, tolerance, projection.cosLatitude()), projection));
            }
        });
        return d.toString();
    }

    private static String line(double[] points, MapProjection projection) {
        StringBuilder part = new StringBuilder();
        long px = 0;
        long py = 0;
        int written = 0;
        for (int i = 0; i < points.length; i += 2) {
            long x = Math.round(projection.x(points[i]));
            long y = Math.round(projection.y(points[i + 1]));
            if (written == 0) {
                part.append('M').append(x).append(' ').append(y);
            } else if (x != px || y != py) {
                part.append(written == 1 ? "l" : " ").append(x - px).append(' ').append(y - py);
            } else {
                continue;
            }
            px = x;
            py = y;
            written++;
        }
        return written >= 2 ? part.toString() : "";
    }
}
