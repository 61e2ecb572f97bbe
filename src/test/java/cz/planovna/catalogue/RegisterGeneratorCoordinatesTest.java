package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.MunicipalityPoints;
import cz.planovna.territory.MunicipalityPoints.GeoPoint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Generated facilities carry WGS84 coordinates inside their obec where the app has its boundary. */
class RegisterGeneratorCoordinatesTest {

    static final Set<Integer> SEED_DISTRICTS = Set.of(3108, 3101, 3103, 3202, 7204);
    static final Set<Integer> KRAJE_WITH_BOUNDARIES = Set.of(3034, 3042, 3131);

    @TempDir
    Path temp;

    final MunicipalityPoints points = new MunicipalityPoints();
    final Map<Integer, Integer> regionOfObec = new HashMap<>();

    List<JsonNode> generate(Path folder, RegisterGenerator.Options options) throws Exception {
        GeneratedRegister generated = new RegisterGenerator().generate(folder, options);
        List<JsonNode> items = new ArrayList<>();
        try (RegisterItems reader = RegisterItems.open(generated.registerFile())) {
            for (JsonNode item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    int regionOf(int obec) {
        if (regionOfObec.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            List<String> header = List.of(Csv.readClasspathWithHeader(GeneratorTerritory.RESOURCE, rows));
            int code = header.indexOf("obec_kod"), kraj = header.indexOf("kraj_csu_cis100_kod");
            rows.forEach(r -> regionOfObec.put(Integer.parseInt(r[code]), Integer.parseInt(r[kraj])));
        }
        return regionOfObec.get(obec);
    }

    static int obec(JsonNode facility) {
        String id = facility.at("/adresa/obec/id").asString();
        return Integer.parseInt(id.substring(id.indexOf('/') + 1));
    }

    @Test
    void demoFacilitiesLieInsideTheBoundingBoxOfTheirObecAndSpreadOut() throws Exception {
        List<JsonNode> items =
                generate(temp.resolve("demo"), new RegisterGenerator.Options(120, 2026, 900_000, SEED_DISTRICTS));
        Set<String> distinct = new HashSet<>();
        int facilities = 0;
        for (JsonNode item : items) {
            for (JsonNode f : item.get("zarizeni")) {
                facilities++;
                int obec = obec(f);
                int region = regionOf(obec);
                JsonNode position = f.get("souradnice");
                assertThat(position)
                        .as("facility %s in obec %d", f.get("nazev"), obec)
                        .isNotNull();
                double lat = position.get("lat").asDouble();
                double lon = position.get("lon").asDouble();
                double[] box = points.bounds(region, obec).orElseThrow();
                assertThat(lon).as("longitude in obec %d", obec).isBetween(box[0], box[2]);
                assertThat(lat).as("latitude in obec %d", obec).isBetween(box[1], box[3]);
                assertThat(points.contains(region, obec, new GeoPoint(lat, lon)))
                        .isTrue();
                distinct.add(lat + "," + lon);
            }
        }
        // not all on one spot: two facilities of a town get different points
        assertThat(distinct.size()).isGreaterThan(facilities * 9 / 10);
    }

    @Test
    void nationalDataHasCoordinatesOnlyWhereTheAppHasBoundariesAndTheImportReadsThem() throws Exception {
        List<JsonNode> items = generate(temp.resolve("national"), new RegisterGenerator.Options(400, 5));
        int with = 0;
        int without = 0;
        for (JsonNode item : items) {
            for (JsonNode f : item.get("zarizeni")) {
                boolean known = KRAJE_WITH_BOUNDARIES.contains(regionOf(obec(f)));
                assertThat(f.has("souradnice"))
                        .as("facility in obec %d", obec(f))
                        .isEqualTo(known);
                if (known) {
                    with++;
                } else {
                    without++;
                }
            }
        }
        assertThat(with).isPositive();
        assertThat(without).isPositive();

        // the import's mapper takes them as the facility's latitude and longitude
        Map<Integer, Integer> obecToOrp = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        List<String> header = List.of(Csv.readClasspathWithHeader(GeneratorTerritory.RESOURCE, rows));
        int code = header.indexOf("obec_kod"), orp = header.indexOf("orp_csu_cis65_kod");
        rows.forEach(r -> obecToOrp.put(Integer.parseInt(r[code]), Integer.parseInt(r[orp])));
        RegisterRecordMapper mapper = new RegisterRecordMapper(
                RegisterCodeLists.bundled(ActSections.bundled()),
                new TerritoryLookup(obecToOrp, Map.of(), Map::of),
                LocalDate.of(2026, 11, 23));
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            MappedRecord record = mapper.map(i + 1, item);
            List<RegisterData.Facility> mapped = record.service().facilities();
            for (int f = 0; f < mapped.size(); f++) {
                JsonNode position = item.get("zarizeni").get(f).get("souradnice");
                assertThat(mapped.get(f).latitude())
                        .isEqualTo(position == null ? null : position.get("lat").asDouble());
                assertThat(mapped.get(f).longitude())
                        .isEqualTo(position == null ? null : position.get("lon").asDouble());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() throws Exception {
        List<JsonNode> a = generate(temp.resolve("a"), new RegisterGenerator.Options(60, 11, 1_000, SEED_DISTRICTS));
        List<JsonNode> b = generate(temp.resolve("b"), new RegisterGenerator.Options(60, 11, 1_000, SEED_DISTRICTS));
        assertThat(a).isEqualTo(b);
        List<JsonNode> other =
                generate(temp.resolve("c"), new RegisterGenerator.Options(60, 12, 1_000, SEED_DISTRICTS));
        assertThat(other.get(0).at("/zarizeni/0/souradnice"))
                .isNotEqualTo(a.get(0).at("/zarizeni/0/souradnice"));
    }
}
