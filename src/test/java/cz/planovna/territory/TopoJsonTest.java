package cz.planovna.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Decoding of quantized TopoJSON (delta-encoded arcs, transform, reversed arcs) and the projection. */
class TopoJsonTest {

    /**
     * Two obce sharing the arc 0: obec 1 is the unit square (arcs 0 and 1), obec 2 walks arc 0
     * backwards and closes with arc 2. Quantized with scale 0.5 × 0.25 and origin 14 E, 49 N.
     */
    static final String TWO_OBCE = """
            {"type":"Topology",
             "transform":{"scale":[0.5,0.25],"translate":[14,49]},
             "objects":{"obce":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","properties":{"kod_obec":1},"arcs":[[0,1]]},
               {"type":"MultiPolygon","properties":{"kod_obec":"2"},"arcs":[[[-1,2]]]},
               {"type":"Point","properties":{"kod_obec":3},"coordinates":[0,0]}]}},
             "arcs":[
               [[0,0],[2,0],[0,4]],
               [[2,4],[-2,0],[0,-4]],
               [[0,0],[4,0],[0,4],[-2,0]]]}
            """;

    static TopoJson read(String json) {
        return TopoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void arcsAreDeltaDecodedAndTransformedToDegrees() {
        TopoJson topology = read(TWO_OBCE);
        assertThat(topology.obce()).containsExactlyInAnyOrder(1, 2);
        List<double[]> rings = topology.rings(1);
        assertThat(rings).hasSize(1);
        // arc 0 then arc 1 without repeating the shared point
        assertThat(rings.get(0)).containsExactly(14, 49, 15, 49, 15, 50, 14, 50, 14, 49);
    }

    @Test
    void aNegativeIndexWalksTheArcBackwards() {
        List<double[]> rings = read(TWO_OBCE).rings(2);
        assertThat(rings.get(0)).containsExactly(15, 50, 15, 49, 14, 49, 16, 49, 16, 50, 15, 50);
    }

    @Test
    void boundsAndUnknownObce() {
        TopoJson topology = read(TWO_OBCE);
        assertThat(topology.bounds(2)).hasValueSatisfying(b -> assertThat(b).containsExactly(14, 49, 16, 50));
        assertThat(topology.bounds(3)).isEmpty();
        assertThat(topology.rings(99)).isEmpty();
    }

    @Test
    void aFileWithoutTransformHoldsDegrees() {
        TopoJson topology = read("""
                {"type":"Topology","objects":{"o":{"type":"GeometryCollection","geometries":[
                  {"type":"Polygon","properties":{"kod_obec":5},"arcs":[[0]]}]}},
                 "arcs":[[[14.5,49.5],[14.6,49.5],[14.6,49.6],[14.5,49.5]]]}
                """);
        assertThat(topology.rings(5).get(0)).containsExactly(14.5, 49.5, 14.6, 49.5, 14.6, 49.6, 14.5, 49.5);
    }

    @Test
    void otherJsonIsRefused() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\"}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBundledFileHasTheTownOfPisekWhereItIs() throws IOException {
        TopoJson topology;
        try (InputStream in = new ClassPathResource("data/boundaries/obce_kraj_3034.topojson").getInputStream()) {
            topology = TopoJson.read(in);
        }
        // every obec of Jihočeský kraj (ČSÚ: 623 obce and the military area Boletice)
        assertThat(topology.obce()).hasSize(624);
        double[] pisek = topology.bounds(549240).orElseThrow();
        // the town square (49.3088 N, 14.1475 E) lies inside, the box spans some 10 × 11 km
        assertThat(pisek[0]).isBetween(14.05, 14.14);
        assertThat(pisek[2]).isBetween(14.16, 14.30);
        assertThat(pisek[1]).isBetween(49.20, 49.30);
        assertThat(pisek[3]).isBetween(49.32, 49.40);
        assertThat(pisek[2] - pisek[0]).isCloseTo(0.1386, within(0.001));
        assertThat(pisek[3] - pisek[1]).isCloseTo(0.0985, within(0.001));
    }

    @Test
    void projectionKeepsDistancesEastAndNorthInProportion() {
        // 49° N: a degree of longitude is cos(49°) ≈ 0.656 of a degree of latitude
        MapProjection p = TerritoryMaps.fit(new double[] {14.0, 48.5, 15.0, 49.5});
        assertThat(p.height()).isEqualTo(TerritoryMaps.MAP_SIZE);
        assertThat(p.width() - 2 * TerritoryMaps.MARGIN)
                .isCloseTo((int) Math.round((TerritoryMaps.MAP_SIZE - 2 * TerritoryMaps.MARGIN) * 0.656), within(2));
        assertThat(p.x(14.0)).isEqualTo(TerritoryMaps.MARGIN);
        assertThat(p.y(49.5)).isEqualTo(TerritoryMaps.MARGIN);
        assertThat(p.y(48.5)).isCloseTo(TerritoryMaps.MAP_SIZE - TerritoryMaps.MARGIN, within(1e-9));
        assertThat(p.point(49.0, 14.5)).hasValueSatisfying(pt -> {
            assertThat(pt.y()).isCloseTo(500, within(0.1));
            assertThat(pt.x())
                    .isCloseTo(TerritoryMaps.MARGIN + (p.width() - 2 * TerritoryMaps.MARGIN) / 2.0, within(1.0));
        });
        assertThat(p.point(50.2, 14.5)).isEmpty();
    }

    @Test
    void pathsUseRelativeWholeUnitsAndDropRepeatedPoints() {
        MapProjection p = new MapProjection(0, 10, 1, 10, 0, 100, 100);
        String d = TerritoryMaps.path(
                List.of(new double[] {0, 10, 1, 10, 1.01, 10, 1, 9, 0, 10}, new double[] {0, 0, 0.01, 0}), p);
        // (0,0) → (10,0) → (10,0) dropped → (10,10) → (0,0); the second ring is too small to draw
        assertThat(d).isEqualTo("M0 0l10 0 0 10 -10 -10z");
    }

    @Test
    void simplifyingDropsPointsWithinTheToleranceAndKeepsTheEnds() {
        // a straight line with a tiny wobble (dropped), then a bump of 0.5 that must stay, and the
        // point before it, 0.33 off the line from the start to the bump
        double[] arc = {0, 0, 1, 0.01, 2, 0, 3, 0.5, 4, 0};
        assertThat(TopoJson.simplify(arc, 0.1, 1)).containsExactly(0, 0, 2, 0, 3, 0.5, 4, 0);
        assertThat(TopoJson.simplify(arc, 1, 1)).containsExactly(0, 0, 4, 0);
        assertThat(TopoJson.simplify(arc, 0.001, 1)).containsExactly(arc);
        // the longitude counts shortened: at cos 0.5 a bump of 0.2 east is 0.1
        assertThat(TopoJson.simplify(new double[] {0, 0, 0.2, 1, 0, 2}, 0.15, 0.5))
                .containsExactly(0, 0, 0, 2);
    }

    @Test
    void aSharedBoundaryStaysOneLineAfterSimplifying() {
        TopoJson topology = read(TWO_OBCE);
        // obec 2 walks arc 0 backwards: its first points are those of obec 1's first arc reversed
        double[] one = topology.rings(1, 0.3, 0.65).get(0);
        double[] two = topology.rings(2, 0.3, 0.65).get(0);
        assertThat(new double[] {two[0], two[1], two[2], two[3], two[4], two[5]})
                .containsExactly(one[4], one[5], one[2], one[3], one[0], one[1]);
    }
}
