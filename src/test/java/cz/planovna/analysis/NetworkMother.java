package cz.planovna.analysis;

import cz.planovna.catalogue.CapacityType;
import cz.planovna.catalogue.DeliveryForm;
import cz.planovna.catalogue.NetworkService;
import cz.planovna.catalogue.NetworkService.NetworkCapacity;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.MunicipalityView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-computable fixture of the service network analysis (see NetworkCalculationTest for
 * the values worked out by hand), and a builder of catalogue services.
 *
 * <p>Kraj X (10): ORP A (1001) with obce Alfa 11, Hora 12, Chlum 13 (no figures), Dub 14, Lhota
 * 15; ORP B (1002) with obce 21 and 22. Kraj Y (20): ORP C (2001) with obec 31.
 */
final class NetworkMother {

    static final int ORP_A = 1001, ORP_B = 1002, ORP_C = 2001;
    static final int ALFA = 11, HORA = 12, CHLUM = 13, DUB = 14, LHOTA = 15, B1 = 21, B2 = 22, C1 = 31;
    static final String SENIORS = "senioři";
    static final String DISABLED = "osoby se zdravotním postižením";
    static final String DEMENTIA = "osoby s demencí";

    private NetworkMother() {}

    static DistrictSummary district(int code, String name, int region, String regionName, int obce) {
        return new DistrictSummary(code, name, region, regionName, obce, true);
    }

    static MunicipalityView obec(int code, String name, int district) {
        return new MunicipalityView(code, name, "obec", district, "ORP " + district, "okres");
    }

    /** A catalogue service built step by step. */
    static final class Service {
        private static long nextId = 1;
        private final long id = nextId++;
        private final String section;
        private final String name;
        private final int district;
        private final List<String> groups = new ArrayList<>();
        private final Set<DeliveryForm> forms = EnumSet.noneOf(DeliveryForm.class);
        private final List<NetworkCapacity> capacities = new ArrayList<>();
        private final List<Integer> facilities = new ArrayList<>();
        private final Set<Integer> servedObce = new LinkedHashSet<>();
        private final Set<Integer> servedDistricts = new LinkedHashSet<>();

        Service(String section, String name, int district) {
            this.section = section;
            this.name = name;
            this.district = district;
        }

        Service capacity(DeliveryForm form, CapacityType type, int amount) {
            forms.add(form);
            capacities.add(new NetworkCapacity(form, type, amount));
            return this;
        }

        Service facilities(Integer... obce) {
            facilities.addAll(List.of(obce));
            return this;
        }

        Service groups(String... names) {
            groups.addAll(List.of(names));
            return this;
        }

        Service serves(Integer... obce) {
            servedObce.addAll(List.of(obce));
            return this;
        }

        Service servesDistrict(int code) {
            servedDistricts.add(code);
            return this;
        }

        NetworkService build() {
            return new NetworkService(
                    id,
                    name,
                    section,
                    typeName(section),
                    district,
                    false,
                    List.copyOf(groups),
                    Set.copyOf(forms),
                    List.copyOf(capacities),
                    List.copyOf(facilities),
                    Set.copyOf(servedObce),
                    Set.copyOf(servedDistricts));
        }

        private static String typeName(String section) {
            return switch (section) {
                case "40" -> "pečovatelská služba";
                case "49" -> "domovy pro seniory";
                default -> "služba § " + section;
            };
        }
    }

    static Service service(String section, String name, int district) {
        return new Service(section, name, district);
    }

    /** The fixture of the class comment with the services S1–S6 of NetworkCalculationTest. */
    static NetworkCalculation.Input fixture() {
        DistrictSummary a = district(ORP_A, "Alfov", 10, "Kraj X", 5);
        DistrictSummary b = district(ORP_B, "Betov", 10, "Kraj X", 2);
        DistrictSummary c = district(ORP_C, "Cetov", 20, "Kraj Y", 1);
        List<MunicipalityView> obceA = List.of(
                obec(LHOTA, "Lhota", ORP_A),
                obec(CHLUM, "Chlum", ORP_A),
                obec(HORA, "Hora", ORP_A),
                obec(DUB, "Dub", ORP_A),
                obec(ALFA, "Alfa", ORP_A));
        Map<Integer, DistrictSummary> districts = Map.of(ORP_A, a, ORP_B, b, ORP_C, c);
        Map<Integer, List<Integer>> obceOf =
                Map.of(ORP_A, List.of(ALFA, HORA, CHLUM, DUB, LHOTA), ORP_B, List.of(B1, B2), ORP_C, List.of(C1));
        Map<Integer, ObecPopulation> population = new HashMap<>();
        // all, 0–14, 10–24, 65+, 80+
        population.put(ALFA, ObecPopulation.of(ALFA, ORP_A, 1000, 150, 100, 200, 50));
        population.put(HORA, ObecPopulation.of(HORA, ORP_A, 500, 80, 50, 100, 20));
        population.put(DUB, ObecPopulation.of(DUB, ORP_A, 200, 10, 10, 100, 10));
        population.put(LHOTA, ObecPopulation.of(LHOTA, ORP_A, 300, 40, 30, 60, 40));
        population.put(B1, ObecPopulation.of(B1, ORP_B, 2000, 300, 200, 400, 100));
        population.put(B2, ObecPopulation.of(B2, ORP_B, 300, 40, 30, 100, 30));
        population.put(C1, ObecPopulation.of(C1, ORP_C, 1000, 150, 100, 150, 50));
        List<NetworkService> services = List.of(
                // S1: a home for the elderly with three facilities: Alfa one, Hora two
                service("49", "Domov Alfov", ORP_A)
                        .capacity(DeliveryForm.RESIDENTIAL, CapacityType.BEDS, 60)
                        .facilities(ALFA, HORA, HORA)
                        .groups(SENIORS)
                        .build(),
                // S2: home care in the field to four listed obce (not Chlum) plus an outpatient part
                service("40", "Pečovatelská služba Alfov", ORP_A)
                        .capacity(DeliveryForm.FIELD, CapacityType.CLIENTS, 30)
                        .capacity(DeliveryForm.OUTPATIENT, CapacityType.CLIENTS, 6)
                        .facilities(HORA)
                        .serves(ALFA, HORA, DUB, LHOTA)
                        .groups(SENIORS, DISABLED)
                        .build(),
                service("49", "Domov Betov", ORP_B)
                        .capacity(DeliveryForm.RESIDENTIAL, CapacityType.BEDS, 100)
                        .facilities(B1)
                        .groups(SENIORS)
                        .build(),
                service("40", "Pečovatelská služba Cetov", ORP_C)
                        .capacity(DeliveryForm.FIELD, CapacityType.CLIENTS, 15)
                        .facilities(C1)
                        .serves(C1)
                        .groups(SENIORS)
                        .build(),
                service("49", "Domov Cetov", ORP_C)
                        .capacity(DeliveryForm.RESIDENTIAL, CapacityType.BEDS, 50)
                        .facilities(C1)
                        .groups(SENIORS)
                        .build(),
                // S6: a small home in Lhota for people with dementia
                service("49", "Domov Lhota", ORP_A)
                        .capacity(DeliveryForm.RESIDENTIAL, CapacityType.BEDS, 2)
                        .facilities(LHOTA)
                        .groups(SENIORS, DEMENTIA)
                        .build());
        return new NetworkCalculation.Input(a, obceA, districts, obceOf, population, services);
    }
}
