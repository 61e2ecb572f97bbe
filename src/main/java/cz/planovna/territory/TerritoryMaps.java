package cz.planovna.territory;

import cz.planovna.shared.text.CzechCollation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps of ORP drawn from the bundled obec boundaries ({@code data/boundaries/obce_kraj_NNNN.topojson},
 * one file per kraj). A kraj's file is decoded at the first map of one of its ORP and kept; each
 * ORP's map is kept once drawn (boundaries change once a year, with a new file). An ORP of a kraj
 * without a file has no map.
 */
@Service
@Transactional(readOnly = true)
public class TerritoryMaps {

    /** The longer side of a map's view box in SVG units; coordinates are rounded to whole units. */
    public static final int MAP_SIZE = 1000;

    static final int MARGIN = 8;

    /**
     * Boundaries are simplified to this many SVG units (Douglas–Peucker per shared arc): less than
     * a pixel of a map shown 500–1000 px wide, and half the size of the page.
     */
    static final double SIMPLIFY_UNITS = 0.8;

    private static final String FOLDER = "data/boundaries/";

    private final DistrictRepository districts;
    private final MunicipalityRepository municipalities;
    private final Map<Integer, Optional<TopoJson>> topologies = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<DistrictMap>> maps = new ConcurrentHashMap<>();

    TerritoryMaps(DistrictRepository districts, MunicipalityRepository municipalities) {
        this.districts = districts;
        this.municipalities = municipalities;
    }

    /** The map of an ORP, empty when the ORP is unknown or its kraj has no boundaries. */
    public Optional<DistrictMap> districtMap(int orpCode) {
        Optional<DistrictMap> cached = maps.get(orpCode);
        if (cached != null) {
            return cached;
        }
        Optional<DistrictMap> map = districts
                .findWithRegion(orpCode)
                .flatMap(d -> topology(d.region().code()).flatMap(t -> draw(d, t)));
        maps.put(orpCode, map);
        return map;
    }

    /** Whether the obce of this kraj can be drawn. */
    public boolean hasBoundaries(int regionCode) {
        return new ClassPathResource(file(regionCode)).exists();
    }

    private Optional<TopoJson> topology(int regionCode) {
        return topologies.computeIfAbsent(regionCode, code -> {
            ClassPathResource resource = new ClassPathResource(file(code));
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

    private static String file(int regionCode) {
        return FOLDER + "obce_kraj_" + regionCode + ".topojson";
    }

    private Optional<DistrictMap> draw(District district, TopoJson topology) {
        List<Municipality> obce = municipalities.findByDistrictCode(district.code()).stream()
                .filter(m -> topology.obce().contains(m.code()))
                .toList();
        if (obce.isEmpty()) {
            return Optional.empty();
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        obce.forEach(m -> topology.rings(m.code()).forEach(r -> TopoJson.extend(box, r)));
        MapProjection projection = fit(box);
        double tolerance = SIMPLIFY_UNITS / projection.scale();
        List<MapArea> areas = new ArrayList<>();
        for (Municipality m : obce) {
            List<double[]> rings = topology.rings(m.code(), tolerance, projection.cosLatitude());
            double[] own = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            rings.forEach(r -> TopoJson.extend(own, r));
            MapPoint centre = new MapPoint(
                    Math.round((projection.x(own[0]) + projection.x(own[2])) / 2),
                    Math.round((projection.y(own[1]) + projection.y(own[3])) / 2));
            areas.add(new MapArea(m.code(), m.name(), path(rings, projection), centre));
        }
        areas.sort(CzechCollation.comparing(MapArea::name));
        return Optional.of(new DistrictMap(district.code(), district.name(), List.copyOf(areas), projection));
    }

    /** Fits {@code [west, south, east, north]} into a view box whose longer side is MAP_SIZE. */
    static MapProjection fit(double[] box) {
        double cos = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double w = (box[2] - box[0]) * cos;
        double h = box[3] - box[1];
        double scale = (MAP_SIZE - 2.0 * MARGIN) / Math.max(w, h);
        int width = (int) Math.ceil(w * scale) + 2 * MARGIN;
        int height = (int) Math.ceil(h * scale) + 2 * MARGIN;
        return new MapProjection(box[0], box[3], cos, scale, MARGIN, width, height);
    }

    /**
     * SVG path data in whole units: an absolute move to each ring's start, then relative lines,
     * leaving out points that round onto the previous one. At 1000 units a unit is some 30–60 m
     * of an ORP, finer than a screen shows.
     */
    static String path(List<double[]> rings, MapProjection projection) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : rings) {
            long px = 0;
            long py = 0;
            int written = 0;
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < ring.length; i += 2) {
                long x = Math.round(projection.x(ring[i]));
                long y = Math.round(projection.y(ring[i + 1]));
                if (written == 0) {
                    part.append('M').append(x).append(' ').append(y);
                } else if (x != px || y != py) {
                    part.append(written == 1 ? "l" : " ")
                            .append(x - px)
                            .append(' ')
                            .append(y - py);
                } else {
                    continue;
                }
                px = x;
                py = y;
                written++;
            }
            if (written >= 3) {
                d.append(part).append('z');
            }
        }
        return d.toString();
    }
}
