package cz.planovna.territory;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.MunicipalityPoints.GeoPoint;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Points inside obce from the bundled boundaries. */
class MunicipalityPointsTest {

    static final int JIHOCESKY = 3034;
    static final int PISEK = 549240;

    final MunicipalityPoints points = new MunicipalityPoints();

    @Test
    void theCentreOfEveryObecOfTheBundledKrajeLiesInsideIt() throws Exception {
        for (int kraj : List.of(3034, 3042, 3131)) {
            TopoJson topology;
            try (InputStream in =
                    new ClassPathResource("data/boundaries/obce_kraj_" + kraj + ".topojson").getInputStream()) {
                topology = TopoJson.read(in);
            }
            assertThat(topology.obce()).hasSizeGreaterThan(300);
            for (int obec : topology.obce()) {
                GeoPoint centre = points.centre(kraj, obec).orElseThrow();
                assertThat(points.contains(kraj, obec, centre))
                        .as("centre %s of obec %d", centre, obec)
                        .isTrue();
            }
        }
    }

    @Test
    void pisekLiesWherePisekIs() {
        GeoPoint centre = points.centre(JIHOCESKY, PISEK).orElseThrow();
        // the town of Písek is at about 49.31 N, 14.15 E; its cadastre is some 15 km across
        assertThat(centre.latitude()).isBetween(49.2, 49.4);
        assertThat(centre.longitude()).isBetween(14.0, 14.3);
        double[] box = points.bounds(JIHOCESKY, PISEK).orElseThrow();
        assertThat(box[0]).isLessThan(centre.longitude());
        assertThat(box[2]).isGreaterThan(centre.longitude());
        assertThat(box[1]).isLessThan(centre.latitude());
        assertThat(box[3]).isGreaterThan(centre.latitude());
        assertThat(points.contains(JIHOCESKY, PISEK, new GeoPoint(50.08, 14.42)))
                .as("Prague is not in Písek")
                .isFalse();
    }

    @Test
    void pointsNearTheCentreAreInsideDeterministicAndSpread() {
        GeoPoint first = points.near(JIHOCESKY, PISEK, 7).orElseThrow();
        assertThat(new MunicipalityPoints().near(JIHOCESKY, PISEK, 7)).contains(first);
        assertThat(points.near(JIHOCESKY, PISEK, 8)).isPresent().get().isNotEqualTo(first);
        double[] box = points.bounds(JIHOCESKY, PISEK).orElseThrow();
        double width = box[2] - box[0];
        GeoPoint centre = points.centre(JIHOCESKY, PISEK).orElseThrow();
        for (long salt = 0; salt < 200; salt++) {
            GeoPoint p = points.near(JIHOCESKY, PISEK, salt).orElseThrow();
            assertThat(points.contains(JIHOCESKY, PISEK, p)).as("salt %d", salt).isTrue();
            assertThat(Math.abs(p.longitude() - centre.longitude()))
                    .isLessThanOrEqualTo(MunicipalityPoints.SPREAD * width);
        }
    }

    @Test
    void anObecWithoutBoundariesHasNoPoints() {
        // Praha's kraj (3018) has no bundled boundary file; an unknown obec of a known kraj has none either
        assertThat(points.centre(3018, 554782)).isEmpty();
        assertThat(points.near(3018, 554782, 1)).isEmpty();
        assertThat(points.near(JIHOCESKY, 999_999, 1)).isEmpty();
        assertThat(points.contains(3018, 554782, new GeoPoint(50.08, 14.42))).isFalse();
    }
}
