package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Generated register data: deterministic, in the register's shape, and accepted by the mapper. */
class RegisterGeneratorTest {

    static final int SERVICES = 1_500;

    @TempDir
    static Path temp;

    static GeneratedRegister generated;
    static List<JsonNode> items = new ArrayList<>();

    @BeforeAll
    static void generate() throws Exception {
        generated = new RegisterGenerator().generate(temp.resolve("a"), SERVICES, 42);
        try (RegisterItems reader = RegisterItems.open(generated.registerFile())) {
            for (JsonNode item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws Exception {
        GeneratedRegister again = new RegisterGenerator().generate(temp.resolve("b"), SERVICES, 42);
        GeneratedRegister other = new RegisterGenerator().generate(temp.resolve("c"), SERVICES, 43);

        assertThat(Files.readAllBytes(again.registerFile())).isEqualTo(Files.readAllBytes(generated.registerFile()));
        assertThat(again)
                .isEqualTo(new GeneratedRegister(
                        again.folder(),
                        generated.services(),
                        generated.facilities(),
                        generated.providers(),
                        generated.endedServices()));
        assertThat(Files.readAllBytes(other.registerFile())).isNotEqualTo(Files.readAllBytes(generated.registerFile()));
    }

    @Test
    void writesTheServicesAndTheCodeLists() {
        assertThat(items).hasSize(SERVICES);
        assertThat(generated.folder().resolve(RegisterCodeLists.TYPES_FILE)).exists();
        assertThat(generated.folder().resolve(RegisterCodeLists.TARGET_GROUPS_FILE))
                .exists();
        assertThat(generated.folder().resolve(RegisterCodeLists.FORMS_FILE)).exists();
        Set<String> identifiers = new HashSet<>();
        items.forEach(i -> identifiers.add(i.get("identifikator").asString()));
        assertThat(identifiers).hasSize(SERVICES);
    }

    @Test
    void proportionsAreLikeTheRegisters() {
        // about 2.8 facilities and about 3.3 services per provider, a few per cent ended
        assertThat((double) generated.facilities() / SERVICES).isBetween(2.3, 3.3);
        assertThat((double) SERVICES / generated.providers()).isBetween(2.5, 6.0);
        assertThat((double) generated.endedServices() / SERVICES).isBetween(0.01, 0.06);

        Map<String, Integer> perType = new HashMap<>();
        items.forEach(i -> perType.merge(i.get("druhSocialniSluzby").get("id").asString(), 1, Integer::sum));
        assertThat(perType.size()).isGreaterThan(25);
        // home care is the most common type, as in the register
        String mostCommon = perType.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertThat(mostCommon).isEqualTo("DruhSocialniSluzby/4");
    }

    @Test
    void everyRecordIsAcceptedWithRealObce() {
        Map<Integer, Integer> obecToOrp = new HashMap<>();
        Map<Integer, String> orpNames = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        String[] header = Csv.readClasspathWithHeader(GeneratorTerritory.RESOURCE, rows);
        int obec = List.of(header).indexOf("obec_kod"), orp = List.of(header).indexOf("orp_csu_cis65_kod");
        for (String[] row : rows) {
            obecToOrp.put(Integer.parseInt(row[obec]), Integer.parseInt(row[orp]));
            orpNames.put(Integer.parseInt(row[orp]), row[orp]);
        }
        RegisterRecordMapper mapper = new RegisterRecordMapper(
                RegisterCodeLists.bundled(ActSections.bundled()),
                new TerritoryLookup(obecToOrp, orpNames, Map::of),
                LocalDate.of(2026, 11, 23));

        for (int i = 0; i < items.size(); i++) {
            MappedRecord record = mapper.map(i + 1, items.get(i));
            assertThat(record.issues()).as("record %d", i + 1).isEmpty();
            record.service()
                    .forms()
                    .forEach(f -> f.capacities()
                            .forEach(c -> assertThat(c.type() == CapacityType.BEDS)
                                    .as("beds only in residential forms")
                                    .isEqualTo(f.form() == DeliveryForm.RESIDENTIAL)));
        }
    }

    @Test
    void providersHaveValidIcoAndStatutoryBodies() {
        for (JsonNode item : items) {
            String ico = item.get("poskytovatel").get("ico").asString();
            assertThat(ico).matches("\\d{8}");
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (ico.charAt(i) - '0') * (8 - i);
            }
            assertThat(ico.charAt(7) - '0').as(ico).isEqualTo((11 - sum % 11) % 10);
            assertThat(item.get("poskytovatel").get("statutarniOrgany")).isNotEmpty();
        }
    }

    @Test
    void portalIdsStartWhereAsked() throws Exception {
        GeneratedRegister small =
                new RegisterGenerator().generate(temp.resolve("d"), new RegisterGenerator.Options(3, 1, 5_000_000));
        try (RegisterItems reader = RegisterItems.open(small.registerFile())) {
            assertThat(reader.next().get("portalId").asLong()).isEqualTo(5_000_000);
        }
        assertThat(RegisterGenerator.identifier(900_001)).isEqualTo("9000011");
        assertThatThrownBy(() -> new RegisterGenerator.Options(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
