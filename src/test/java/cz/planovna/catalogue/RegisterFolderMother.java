package cz.planovna.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import folders for tests: the shared sample with identifiers unique to the test, register records
 * built field by field ({@link ServiceJson}), and the broken files an import must refuse. Identifiers
 * are unique per call so tests never collide in a shared PostgreSQL database.
 */
final class RegisterFolderMother {

    static final JsonMapper JSON = JsonMapper.shared();
    static final String SAMPLE = "register/sample/";
    static final List<String> SAMPLE_FILES =
            List.of("rpss.json", "druhy-socialni-sluzby.json", "cilove-skupiny-osoby.json", "formy-soc-sluzby.json");

    static final int PISEK = 3108, BLATNA = 3101, KRUMLOV = 3103, DOMAZLICE = 3202, LUHACOVICE = 7204;
    static final int OBEC_PISEK = 549240, OBEC_MIROTICE = 549584, OBEC_BLATNA = 550850, OBEC_DOMAZLICE = 553425;

    private RegisterFolderMother() {}

    /** A short tag unique to this call, to build identifiers and IČO-like values from. */
    static String uniqueTag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The shared sample with every {@code identifikator} prefixed by the tag: "{tag}-9000011". */
    static Path sample(Path dir, String tag) {
        ObjectNode root = (ObjectNode) readClasspath(SAMPLE + "rpss.json");
        for (JsonNode item : root.get("polozky")) {
            ((ObjectNode) item)
                    .put(
                            "identifikator",
                            sampleId(tag, item.get("identifikator").asString()));
        }
        return writeFolder(dir, root);
    }

    static String sampleId(String tag, String sampleIdentifier) {
        return tag + "-" + sampleIdentifier;
    }

    /** A folder with these services and the sample's code lists. */
    static Path folder(Path dir, List<ServiceJson> services) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("polozky");
        services.forEach(s -> items.add(s.node()));
        return writeFolder(dir, root);
    }

    static Path writeFolder(Path dir, JsonNode root) {
        try {
            Files.createDirectories(dir);
            for (String file : SAMPLE_FILES.subList(1, SAMPLE_FILES.size())) {
                try (InputStream in = new ClassPathResource(SAMPLE + file).getInputStream()) {
                    Files.copy(in, dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(dir.resolve("rpss.json").toFile(), root);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readClasspath(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path rpss(Path folder) {
        return folder.resolve("rpss.json");
    }

    // ---- broken files -------------------------------------------------------------------------

    /** The file cut off after this share of its bytes, e.g. inside a service. */
    static Path truncate(Path folder, double keep) {
        byte[] bytes = read(rpss(folder));
        write(rpss(folder), Arrays.copyOf(bytes, (int) (bytes.length * keep)));
        return folder;
    }

    /** A byte that is not UTF-8 (0xE9, "é" in Windows-1250) inside the text of a service. */
    static Path invalidUtf8(Path folder) {
        String json = new String(read(rpss(folder)), StandardCharsets.UTF_8);
        int at = json.indexOf("Ukázkov") + 3;
        byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(head, head.length + 1 + tail.length);
        broken[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, broken, head.length + 1, tail.length);
        write(rpss(folder), broken);
        return folder;
    }

    static Path replaceText(Path folder, String text) {
        write(rpss(folder), text.getBytes(StandardCharsets.UTF_8));
        return folder;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- single records -------------------------------------------------------------------------

    /**
     * A valid register record (a home for the elderly in Písek, one facility, residential with 40
     * beds) whose fields the test then changes.
     */
    static ServiceJson service(String identifier) {
        return new ServiceJson(identifier);
    }

    static final class ServiceJson {
        private final ObjectNode node = JSON.createObjectNode();

        ServiceJson(String identifier) {
            node.put("portalId", Math.abs(identifier.hashCode()));
            node.put("id", "SocialniSluzba/" + identifier);
            node.put("identifikator", identifier);
            node.put("datumPoskytovaniOd", "2010-01-01");
            node.putNull("datumPoskytovaniDo");
            node.putArray("kontaktniAdresy");
            type("DruhSocialniSluzby/13");
            node.putArray("zarizeni");
            facility("Domov " + identifier, OBEC_PISEK);
            provider(icoFor(identifier), "Poskytovatel " + identifier);
            targetGroups("CilovaSkupinaOsoby/24");
            ageGroups("VekovaSkupinaOsoby/7", "VekovaSkupinaOsoby/8");
            node.putNull("doplnujiciInformaceVekoveSkupiny");
            node.putArray("formy");
            form("pob", "luzka", 40);
            node.putNull("rozsirenePusobnostiVKraji");
            node.putNull("doplnkoveUdaje");
            node.putArray("weby");
            node.putArray("emaily");
            node.putArray("telefony");
            node.putArray("faxy");
        }

        /** An IČO-shaped number derived from the identifier, so each test has its own providers. */
        static String icoFor(String identifier) {
            return String.format("%08d", Math.floorMod(identifier.hashCode(), 100_000_000));
        }

        ObjectNode node() {
            return node;
        }

        ServiceJson set(String field, String value) {
            if (value == null) {
                node.putNull(field);
            } else {
                node.put(field, value);
            }
            return this;
        }

        ServiceJson remove(String field) {
            node.remove(field);
            return this;
        }

        ServiceJson type(String code) {
            node.putObject("druhSocialniSluzby").put("id", code);
            return this;
        }

        ServiceJson endedOn(String date) {
            return set("datumPoskytovaniDo", date);
        }

        ServiceJson clearFacilities() {
            node.putArray("zarizeni");
            return this;
        }

        ServiceJson facility(String name, int obec) {
            ObjectNode facility = ((ArrayNode) node.get("zarizeni")).addObject();
            facility.put("nazev", name);
            ObjectNode address = facility.putObject("adresa");
            address.put("cisloDomovni", 100 + node.get("zarizeni").size());
            address.putNull("cisloOrientacni");
            address.putNull("dodatekAdresy");
            address.putNull("kodAdresnihoMista");
            address.put("psc", "39701");
            address.putObject("obec").put("id", "Obec/" + obec);
            address.putObject("ulice").put("nazev", "Testovací");
            facility.put("poskytujeOd", "2010-01-01");
            facility.putNull("poskytujeDo");
            return this;
        }

        /** WGS84 coordinates of the last facility, as the register's {@code souradnice}. */
        ServiceJson coordinates(double latitude, double longitude) {
            ArrayNode facilities = (ArrayNode) node.get("zarizeni");
            ObjectNode position = ((ObjectNode) facilities.get(facilities.size() - 1)).putObject("souradnice");
            position.put("lat", latitude);
            position.put("lon", longitude);
            return this;
        }

        /** The last facility without an address, as the register has some. */
        ServiceJson lastFacilityWithoutAddress() {
            ArrayNode facilities = (ArrayNode) node.get("zarizeni");
            ((ObjectNode) facilities.get(facilities.size() - 1)).remove("adresa");
            return this;
        }

        /** Someone's name in a field the importer does not know, as facility heads would be. */
        ServiceJson facilityHead(String firstName, String surname) {
            ArrayNode facilities = (ArrayNode) node.get("zarizeni");
            ObjectNode head = ((ObjectNode) facilities.get(0)).putObject("vedouci");
            head.put("jmeno", firstName);
            head.put("prijmeni", surname);
            return this;
        }

        ServiceJson provider(String ico, String name) {
            ObjectNode provider = node.putObject("poskytovatel");
            if (ico != null) {
                provider.put("ico", ico);
            }
            provider.put("nazev", name);
            provider.putObject("pravniForma").put("id", "PravniForma/706");
            provider.putArray("statutarniOrgany");
            provider.putArray("weby").addObject().put("web", "https://" + ico + ".example.cz");
            provider.putArray("emaily").addObject().put("email", "info@" + ico + ".example.cz");
            provider.putArray("telefony")
                    .addObject()
                    .put("telefon", "380" + (ico == null ? "000000" : ico.substring(2)));
            provider.putArray("faxy");
            return this;
        }

        ServiceJson statutoryBody(String firstName, String surname) {
            ObjectNode person = ((ArrayNode) node.get("poskytovatel").get("statutarniOrgany")).addObject();
            person.put("jmeno", firstName);
            person.put("prijmeni", surname);
            person.put("titulPred", "Ing.");
            return this;
        }

        ServiceJson targetGroups(String... codes) {
            ArrayNode groups = node.putArray("ciloveSkupiny");
            for (String code : codes) {
                groups.addObject().put("id", code);
            }
            return this;
        }

        ServiceJson ageGroups(String... codes) {
            ArrayNode groups = node.putArray("vekoveSkupiny");
            for (String code : codes) {
                groups.addObject().put("id", code);
            }
            return this;
        }

        ServiceJson clearForms() {
            node.putArray("formy");
            return this;
        }

        /** @param form pob, amb or ter; @param unit luzka, klient, kontakt, interv or hovor */
        ServiceJson form(String form, String unit, int amount) {
            ObjectNode f = ((ArrayNode) node.get("formy")).addObject();
            f.putObject("forma").put("id", "FormaSocialniSluzby/" + form);
            f.put("nepretrzitePoskytovani", "pob".equals(form));
            f.putNull("casoveRozsahy");
            ObjectNode capacity = f.putArray("kapacity").addObject();
            capacity.put("pocet", amount);
            capacity.put("popis", "Maximální kapacita " + amount);
            capacity.putObject("typ").put("id", "TypKapacitySocialniSluzby/" + unit);
            return this;
        }

        ServiceJson contact(String list, String field, String value) {
            ((ArrayNode) node.get(list)).addObject().put(field, value);
            return this;
        }

        ServiceJson servedDistricts(String... codeRefs) {
            ArrayNode served = node.putArray("rozsirenePusobnostiVKraji");
            for (String ref : codeRefs) {
                served.addObject().putObject("orp").put("id", ref);
            }
            return this;
        }
    }

    /** Services keyed by identifier, in order: handy to edit one and write the file again. */
    static Map<String, ServiceJson> byIdentifier(List<ServiceJson> services) {
        Map<String, ServiceJson> map = new LinkedHashMap<>();
        services.forEach(s -> map.put(s.node().get("identifikator").asString(), s));
        return map;
    }

    static List<ServiceJson> list(ServiceJson... services) {
        return new ArrayList<>(List.of(services));
    }
}
