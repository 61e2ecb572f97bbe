package cz.planovna.catalogue;

import cz.planovna.territory.MunicipalityPoints;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes register-shaped test data: {@code rpss.json} in the register's documented shape plus the
 * code-list files, for tests, the benchmark and demos. Obce are the real ones of the ČSÚ file; types,
 * forms and capacities follow {@link ServiceProfiles}; providers, names, IČO and contacts are invented
 * (IČO with a valid check digit). The same options give the same file. The output is streamed, so
 * national scale (about 6,700 services at 18,900 facilities) needs no memory to speak of. Everything
 * generated is fictional, statutory bodies included (they are there so the import's refusal to store
 * them is exercised).
 */
public final class RegisterGenerator {

    /**
     * @param firstPortalId portal ids (and the identifiers derived from them) start here; give tests
     *     sharing a database different ranges
     * @param districts when not empty, providers and facilities lie only in these ORP (ČSÚ codes),
     *     e.g. the demo's seed ORP; empty means the whole country
     */
    public record Options(int services, long seed, long firstPortalId, Set<Integer> districts) {
        public Options {
            if (services < 1) {
                throw new IllegalArgumentException("at least one service: " + services);
            }
            if (firstPortalId < 1) {
                throw new IllegalArgumentException("portal ids are positive: " + firstPortalId);
            }
            districts = districts == null ? Set.of() : Set.copyOf(districts);
        }

        public Options(int services, long seed, long firstPortalId) {
            this(services, seed, firstPortalId, Set.of());
        }

        public Options(int services, long seed) {
            this(services, seed, 100_000);
        }
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final LocalDate ACT_IN_FORCE = LocalDate.of(2007, 1, 1);
    private static final LocalDate FACILITY_CLOSED = LocalDate.of(2024, 6, 30);
    private static final List<String> STREETS = List.of(
            "Náměstí Míru",
            "Husova",
            "Palackého",
            "Nádražní",
            "Školní",
            "Zahradní",
            "Komenského",
            "Masarykova",
            "Tyršova",
            "Sokolovská",
            "Jiráskova",
            "Žižkova",
            "Riegrova",
            "Havlíčkova",
            "Nerudova",
            "Smetanova",
            "Dvořákova",
            "K Nemocnici",
            "Lidická",
            "U Parku",
            "Revoluční",
            "Wolkerova",
            "Na Výsluní",
            "Polní");
    private final GeneratorTerritory territory = GeneratorTerritory.bundled();
    private final RegisterCodeLists codes = RegisterCodeLists.bundled(ActSections.bundled());
    private final MunicipalityPoints points = new MunicipalityPoints();

    public GeneratedRegister generate(Path folder, int services, long seed) throws IOException {
        return generate(folder, new Options(services, seed));
    }

    public GeneratedRegister generate(Path folder, Options options) throws IOException {
        Files.createDirectories(folder);
        for (String file : List.of(
                RegisterCodeLists.TYPES_FILE,
                RegisterCodeLists.TARGET_GROUPS_FILE,
                RegisterCodeLists.FORMS_FILE,
                RegisterCodeLists.AGE_GROUPS_FILE)) {
            try (InputStream in = new ClassPathResource(RegisterCodeLists.BUNDLED_FOLDER + file).getInputStream()) {
                Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Run run = new Run(options);
        try (OutputStream out = new BufferedOutputStream(
                        Files.newOutputStream(folder.resolve(RegisterImport.REGISTER_FILE)), 1 << 16);
                JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayPropertyStart(RegisterItems.ITEMS);
            for (int i = 0; i < options.services(); i++) {
                run.service(json, i);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return new GeneratedRegister(folder, options.services(), run.facilities, run.usedProviders.size(), run.ended);
    }

    /** One generation: the random sequence and what was drawn so far. */
    private final class Run {
        private final Options options;
        // shadows the national territory when the options name ORP
        private final GeneratorTerritory territory;
        private final Random random;
        private final List<InventedProviders.Provider> providers;
        private final Set<String> usedProviders = new HashSet<>();
        private final Map<String, String> typeBySection = new LinkedHashMap<>();
        private final Map<String, String> targetGroupByLabel = new LinkedHashMap<>();
        private final List<String> ageGroups;
        private final double totalShare;
        private int facilities;
        private int ended;

        Run(Options options) {
            this.options = options;
            this.territory = options.districts().isEmpty()
                    ? RegisterGenerator.this.territory
                    : RegisterGenerator.this.territory.within(options.districts());
            this.random = new Random(options.seed());
            codes.types().items().keySet().forEach(code -> {
                String section = codes.sectionOf(code);
                if (section != null) {
                    typeBySection.putIfAbsent(section, code);
                }
            });
            codes.targetGroups().items().forEach((code, label) -> targetGroupByLabel.put(label, code));
            this.ageGroups = List.copyOf(codes.ageGroups().items().keySet());
            this.totalShare = ServiceProfiles.ALL.stream()
                    .filter(p -> typeBySection.containsKey(p.section()))
                    .mapToDouble(ServiceProfiles.Profile::share)
                    .sum();
            // about 3.3 services per provider, as in the register
            this.providers = new InventedProviders(territory, random)
                    .invent(Math.max(1, (int) Math.round(options.services() / 3.3)));
        }

        void service(JsonGenerator json, int index) {
            ServiceProfiles.Profile profile = profile();
            // a few large providers run many services, most run one to three
            InventedProviders.Provider provider =
                    providers.get((int) (providers.size() * Math.pow(random.nextDouble(), 1.6)));
            usedProviders.add(provider.ico());
            long portalId = options.firstPortalId() + index;
            LocalDate from = random.nextDouble() < 0.4 ? ACT_IN_FORCE : ACT_IN_FORCE.plusDays(random.nextInt(6_900));
            LocalDate to = null;
            if (random.nextDouble() < 0.03) {
                to = from.plusDays(365 + random.nextInt(2_500));
                if (!to.isBefore(LocalDate.of(2026, 1, 1))) {
                    to = LocalDate.of(2025, 12, 31);
                }
                ended++;
            }
            json.writeStartObject();
            json.writeNumberProperty("portalId", portalId);
            json.writeStringProperty("id", "SocialniSluzba/" + portalId);
            json.writeStringProperty("identifikator", identifier(portalId));
            json.writeStringProperty("datumPoskytovaniOd", from.toString());
            stringOrNull(json, "datumPoskytovaniDo", to == null ? null : to.toString());
            json.writeArrayPropertyStart("kontaktniAdresy");
            json.writeEndArray();
            code(json, "druhSocialniSluzby", typeBySection.get(profile.section()));
            facilities(json, profile, provider, from, to, portalId);
            provider(json, provider);
            json.writeArrayPropertyStart("ciloveSkupiny");
            for (String label : profile.targetGroups()) {
                String code = targetGroupByLabel.get(label);
                if (code != null) {
                    json.writeStartObject();
                    json.writeStringProperty("id", code);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("vekoveSkupiny");
            for (int band = profile.firstAgeBand(); band <= profile.lastAgeBand() && band <= ageGroups.size(); band++) {
                json.writeStartObject();
                json.writeStringProperty("id", ageGroups.get(band - 1));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNullProperty("doplnujiciInformaceVekoveSkupiny");
            forms(json, profile);
            json.writeNullProperty("rozsirenePusobnostiVKraji");
            json.writeNullProperty("doplnkoveUdaje");
            String local = "sluzba" + (index + 1);
            contacts(
                    json,
                    random.nextDouble() < 0.4 ? "https://www." + provider.domain() + "/" + local : null,
                    random.nextDouble() < 0.5 ? local + "@" + provider.domain() : null,
                    random.nextDouble() < 0.6 ? phone() : null);
            json.writeEndObject();
        }

        private ServiceProfiles.Profile profile() {
            double at = random.nextDouble() * totalShare;
            ServiceProfiles.Profile last = null;
            for (ServiceProfiles.Profile p : ServiceProfiles.ALL) {
                if (!typeBySection.containsKey(p.section())) {
                    continue;
                }
                last = p;
                at -= p.share();
                if (at < 0) {
                    return p;
                }
            }
            return last;
        }

        private void facilities(
                JsonGenerator json,
                ServiceProfiles.Profile profile,
                InventedProviders.Provider provider,
                LocalDate from,
                LocalDate to,
                long portalId) {
            int count = facilityCount();
            GeneratorTerritory.Obec first = firstPlace(provider);
            json.writeArrayPropertyStart("zarizeni");
            for (int i = 0; i < count; i++) {
                GeneratorTerritory.Obec obec = i == 0
                        ? first
                        : random.nextBoolean()
                                ? territory.inDistrictOf(first, random)
                                : territory.inRegionOf(first, random);
                boolean closed =
                        random.nextDouble() < 0.02 && to == null && from.isBefore(FACILITY_CLOSED.minusYears(1));
                json.writeStartObject();
                json.writeStringProperty(
                        "nazev",
                        profile.facilityStem() + " " + obec.name() + (count > 1 ? " – pracoviště " + (i + 1) : ""));
                address(json, obec);
                coordinates(json, obec, facilitySalt(portalId, i));
                json.writeStringProperty("poskytujeOd", from.toString());
                stringOrNull(
                        json, "poskytujeDo", to != null ? to.toString() : closed ? FACILITY_CLOSED.toString() : null);
                json.writeEndObject();
                facilities++;
            }
            json.writeEndArray();
        }

        /** About 2.8 facilities per service, as in the register. */
        private int facilityCount() {
            double r = random.nextDouble();
            if (r < 0.50) {
                return 1;
            }
            if (r < 0.68) {
                return 2;
            }
            if (r < 0.78) {
                return 3;
            }
            if (r < 0.90) {
                return 4 + random.nextInt(3);
            }
            return 7 + random.nextInt(9);
        }

        private GeneratorTerritory.Obec firstPlace(InventedProviders.Provider provider) {
            double r = random.nextDouble();
            if (r < 0.5) {
                return provider.home();
            }
            return r < 0.85 ? territory.inRegionOf(provider.home(), random) : territory.anywhere(random);
        }

        private void address(JsonGenerator json, GeneratorTerritory.Obec obec) {
            boolean village = "Obec".equals(obec.type());
            json.writeObjectPropertyStart("adresa");
            json.writeNumberProperty("cisloDomovni", 1 + random.nextInt(village ? 300 : 2_500));
            stringOrNull(
                    json,
                    "cisloOrientacni",
                    !village && random.nextBoolean() ? String.valueOf(1 + random.nextInt(60)) : null);
            json.writeNullProperty("dodatekAdresy");
            if (random.nextDouble() < 0.036) {
                json.writeNullProperty("kodAdresnihoMista");
            } else {
                json.writeNumberProperty("kodAdresnihoMista", 10_000_000 + random.nextInt(89_999_999));
            }
            json.writeStringProperty("psc", String.valueOf(10_000 + (obec.districtCode() * 37 + 11) % 69_000));
            code(json, "typCislaDomovniho", "TypStavebnihoObjektu/1");
            code(json, "kraj", "Kraj/" + obec.krajRuian());
            code(json, "okres", "Okres/" + obec.okresRuian());
            code(json, "obec", "Obec/" + obec.code());
            json.writeNullProperty("castObce");
            json.writeNullProperty("mestskyObvodMestskaCast");
            json.writeNullProperty("mestskyObvodVPraze");
            if (village && random.nextDouble() < 0.6) {
                json.writeNullProperty("ulice");
            } else {
                json.writeObjectPropertyStart("ulice");
                json.writeStringProperty("nazev", STREETS.get(random.nextInt(STREETS.size())));
                json.writeEndObject();
            }
            json.writeEndObject();
        }

        /**
         * WGS84 {@code souradnice} of a facility: a point inside its obec near the centre, where the
         * app has the obec's boundary (the seed kraje); left out elsewhere, as the register's
         * coordinates are optional. The point comes from its own salt, not from {@code random}, so
         * the rest of the file is the same as without coordinates.
         */
        private void coordinates(JsonGenerator json, GeneratorTerritory.Obec obec, long salt) {
            points.near(obec.regionCode(), obec.code(), salt).ifPresent(p -> {
                json.writeObjectPropertyStart("souradnice");
                json.writeNumberProperty("lat", round(p.latitude()));
                json.writeNumberProperty("lon", round(p.longitude()));
                json.writeEndObject();
            });
        }

        private long facilitySalt(long portalId, int index) {
            return options.seed() * 0x9E3779B97F4A7C15L + portalId * 31 + index;
        }

        private void forms(JsonGenerator json, ServiceProfiles.Profile profile) {
            List<ServiceProfiles.FormSpec> chosen = new ArrayList<>();
            for (ServiceProfiles.FormSpec spec : profile.forms()) {
                if (random.nextDouble() < spec.probability()) {
                    chosen.add(spec);
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(profile.forms().get(0));
            }
            json.writeArrayPropertyStart("formy");
            for (ServiceProfiles.FormSpec spec : chosen) {
                int amount = spec.min() + random.nextInt(spec.max() - spec.min() + 1);
                json.writeStartObject();
                code(json, "forma", formCode(spec.form()));
                json.writeBooleanProperty(
                        "nepretrzitePoskytovani",
                        spec.form() == DeliveryForm.RESIDENTIAL || spec.unit() == CapacityType.CALLS);
                json.writeNullProperty("casoveRozsahy");
                json.writeArrayPropertyStart("kapacity");
                json.writeStartObject();
                json.writeNumberProperty("pocet", amount);
                json.writeStringProperty("popis", "Maximální kapacita " + amount + " s účinností od 01.01.2020.");
                code(json, "typ", spec.unit().registerCode());
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private String formCode(DeliveryForm form) {
            return codes.forms().items().keySet().stream()
                    .filter(c -> DeliveryForm.ofRegisterCode(c).orElse(null) == form)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no code for " + form));
        }

        private void provider(JsonGenerator json, InventedProviders.Provider provider) {
            json.writeObjectPropertyStart("poskytovatel");
            json.writeStringProperty("ico", provider.ico());
            json.writeStringProperty("nazev", provider.name());
            code(json, "pravniForma", "PravniForma/" + provider.legalForm());
            json.writeArrayPropertyStart("statutarniOrgany");
            json.writeStartObject();
            json.writeStringProperty("jmeno", provider.head()[0]);
            json.writeStringProperty("prijmeni", provider.head()[1]);
            json.writeNullProperty("titulPred");
            json.writeEndObject();
            json.writeEndArray();
            contacts(json, "https://www." + provider.domain(), "info@" + provider.domain(), phone());
            json.writeEndObject();
        }

        private String phone() {
            return String.valueOf(200_000_000 + random.nextInt(600_000_000));
        }

        private void contacts(JsonGenerator json, String web, String email, String phone) {
            contactList(json, "weby", "web", web);
            contactList(json, "emaily", "email", email);
            contactList(json, "telefony", "telefon", phone);
            json.writeArrayPropertyStart("faxy");
            json.writeEndArray();
        }

        private static void contactList(JsonGenerator json, String list, String field, String value) {
            json.writeArrayPropertyStart(list);
            if (value != null) {
                json.writeStartObject();
                json.writeStringProperty(field, value);
                json.writeNullProperty("poznamka");
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private static void code(JsonGenerator json, String field, String id) {
            json.writeObjectPropertyStart(field);
            json.writeStringProperty("id", id);
            json.writeEndObject();
        }

        private static void stringOrNull(JsonGenerator json, String field, String value) {
            if (value == null) {
                json.writeNullProperty(field);
            } else {
                json.writeStringProperty(field, value);
            }
        }
    }

    /** Six decimals of a degree: about ten centimetres. */
    static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** As in the sample: the portal id followed by its last digit (900001 → 9000011). */
    static String identifier(long portalId) {
        return portalId + String.valueOf(portalId % 10);
    }
}
