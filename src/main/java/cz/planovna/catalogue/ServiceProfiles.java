package cz.planovna.catalogue;

import java.util.List;

/**
 * How the register's services look per type (§ of the Act), for generated data: the share among all
 * services (roughly as in the national register), the delivery forms with the unit and range of
 * their capacity, target groups (by label, taken when the code list has them), the age bands and a
 * stem for facility names.
 */
final class ServiceProfiles {

    private ServiceProfiles() {}

    /** A delivery form a type may have: with this probability, capacity in this unit and range. */
    record FormSpec(DeliveryForm form, double probability, CapacityType unit, int min, int max) {}

    record Profile(
            String section,
            double share,
            String facilityStem,
            List<FormSpec> forms,
            List<String> targetGroups,
            int firstAgeBand,
            int lastAgeBand) {}

    static final String SENIORS = "senioři";
    static final String DISABLED = "osoby se zdravotním postižením";
    static final String CRISIS = "osoby v krizi";
    static final String CHRONIC = "osoby s chronickým onemocněním";
    static final String CARERS = "pečující osoby";
    static final String PALLIATIVE = "osoby s potřebou paliativní péče";
    static final String DEMENTIA = "osoby žijící s demencí";

    static final List<Profile> ALL = List.of(
            p(
                    "37",
                    9,
                    "Sociální poradna",
                    List.of(amb(1, CapacityType.INTERVENTIONS, 1, 6), ter(0.35, CapacityType.INTERVENTIONS, 1, 3)),
                    List.of(CRISIS, DISABLED, SENIORS),
                    4,
                    8),
            p(
                    "39",
                    3,
                    "Osobní asistence",
                    List.of(ter(1, CapacityType.CLIENTS, 10, 80)),
                    List.of(DISABLED, SENIORS),
                    2,
                    8),
            p(
                    "40",
                    12,
                    "Pečovatelská služba",
                    List.of(ter(1, CapacityType.CLIENTS, 20, 300), amb(0.3, CapacityType.CLIENTS, 2, 10)),
                    List.of(SENIORS, DISABLED, CHRONIC),
                    6,
                    8),
            p(
                    "41",
                    1,
                    "Tísňová péče",
                    List.of(ter(1, CapacityType.CLIENTS, 100, 1000)),
                    List.of(SENIORS, DISABLED, CHRONIC),
                    6,
                    8),
            p(
                    "42",
                    1,
                    "Průvodcovská a předčitatelská služba",
                    List.of(ter(1, CapacityType.CLIENTS, 5, 30), amb(0.4, CapacityType.CLIENTS, 2, 5)),
                    List.of(DISABLED, SENIORS),
                    5,
                    8),
            p(
                    "43",
                    2,
                    "Podpora samostatného bydlení",
                    List.of(ter(1, CapacityType.CLIENTS, 5, 40)),
                    List.of(DISABLED, CHRONIC),
                    5,
                    7),
            p(
                    "44",
                    5,
                    "Odlehčovací služba",
                    List.of(
                            pob(0.6, 2, 20),
                            ter(0.5, CapacityType.CLIENTS, 5, 30),
                            amb(0.2, CapacityType.CLIENTS, 3, 10)),
                    List.of(SENIORS, CARERS, DEMENTIA, PALLIATIVE),
                    6,
                    8),
            p(
                    "45",
                    1,
                    "Centrum denních služeb",
                    List.of(amb(1, CapacityType.CLIENTS, 10, 30)),
                    List.of(SENIORS, DISABLED),
                    5,
                    8),
            p(
                    "46",
                    4,
                    "Denní stacionář",
                    List.of(amb(1, CapacityType.CLIENTS, 8, 30)),
                    List.of(SENIORS, DEMENTIA, DISABLED),
                    5,
                    8),
            p("47", 1, "Týdenní stacionář", List.of(pob(1, 6, 25)), List.of(DISABLED, SENIORS), 5, 8),
            p("48", 3.5, "Domov pro osoby se zdravotním postižením", List.of(pob(1, 10, 90)), List.of(DISABLED), 3, 8),
            p("49", 8, "Domov pro seniory", List.of(pob(1, 30, 160)), List.of(SENIORS, DEMENTIA), 7, 8),
            p(
                    "50",
                    6,
                    "Domov se zvláštním režimem",
                    List.of(pob(1, 20, 110)),
                    List.of(DEMENTIA, CHRONIC, SENIORS),
                    6,
                    8),
            p("51", 3, "Chráněné bydlení", List.of(pob(1, 4, 30)), List.of(DISABLED), 5, 7),
            p("52", 5, "Sociální lůžka", List.of(pob(1, 2, 25)), List.of(SENIORS, CHRONIC, PALLIATIVE), 6, 8),
            p(
                    "54",
                    1,
                    "Raná péče",
                    List.of(ter(1, CapacityType.CLIENTS, 20, 120), amb(0.4, CapacityType.CLIENTS, 2, 6)),
                    List.of(DISABLED, CARERS),
                    1,
                    1),
            p("55", 0.5, "Linka důvěry", List.of(ter(1, CapacityType.CALLS, 1, 4)), List.of(CRISIS), 2, 8),
            p(
                    "56",
                    0.5,
                    "Tlumočnická služba",
                    List.of(ter(1, CapacityType.INTERVENTIONS, 2, 10), amb(0.5, CapacityType.INTERVENTIONS, 1, 4)),
                    List.of(DISABLED),
                    3,
                    8),
            p("57", 3, "Azylový dům", List.of(pob(1, 10, 60)), List.of(CRISIS), 5, 7),
            p("58", 0.5, "Dům na půl cesty", List.of(pob(1, 5, 20)), List.of(CRISIS), 5, 5),
            p(
                    "59",
                    1,
                    "Kontaktní centrum",
                    List.of(amb(1, CapacityType.CONTACTS, 10, 40), ter(0.3, CapacityType.CONTACTS, 5, 20)),
                    List.of(CRISIS),
                    4,
                    6),
            p(
                    "60",
                    1,
                    "Krizové centrum",
                    List.of(
                            amb(1, CapacityType.INTERVENTIONS, 2, 8),
                            pob(0.3, 2, 8),
                            ter(0.3, CapacityType.INTERVENTIONS, 1, 4)),
                    List.of(CRISIS),
                    4,
                    8),
            p(
                    "60a",
                    0.3,
                    "Intervenční centrum",
                    List.of(amb(1, CapacityType.CLIENTS, 2, 6), ter(0.6, CapacityType.CLIENTS, 2, 6)),
                    List.of(CRISIS),
                    4,
                    8),
            p(
                    "61",
                    1,
                    "Nízkoprahové denní centrum",
                    List.of(amb(1, CapacityType.CLIENTS, 15, 60)),
                    List.of(CRISIS),
                    5,
                    7),
            p(
                    "62",
                    4,
                    "Nízkoprahový klub",
                    List.of(amb(1, CapacityType.CLIENTS, 10, 40), ter(0.4, CapacityType.CONTACTS, 5, 20)),
                    List.of(CRISIS),
                    2,
                    5),
            p("63", 1.5, "Noclehárna", List.of(amb(1, CapacityType.CLIENTS, 10, 60)), List.of(CRISIS), 5, 7),
            p(
                    "64",
                    0.5,
                    "Služby následné péče",
                    List.of(amb(0.8, CapacityType.CLIENTS, 5, 20), pob(0.4, 5, 15)),
                    List.of(CHRONIC, CRISIS),
                    5,
                    6),
            p(
                    "65",
                    6,
                    "Sociálně aktivizační služba pro rodiny s dětmi",
                    List.of(ter(1, CapacityType.CLIENTS, 10, 60), amb(0.5, CapacityType.CLIENTS, 2, 10)),
                    List.of(CRISIS),
                    1,
                    6),
            p(
                    "66",
                    3,
                    "Aktivizační služba pro seniory",
                    List.of(amb(0.8, CapacityType.CLIENTS, 10, 40), ter(0.5, CapacityType.CLIENTS, 5, 20)),
                    List.of(SENIORS, DISABLED),
                    6,
                    8),
            p(
                    "67",
                    2,
                    "Sociálně terapeutická dílna",
                    List.of(amb(1, CapacityType.CLIENTS, 8, 30)),
                    List.of(DISABLED),
                    4,
                    6),
            p("68", 0.5, "Terapeutická komunita", List.of(pob(1, 10, 20)), List.of(CRISIS), 4, 6),
            p("69", 3, "Terénní program", List.of(ter(1, CapacityType.CONTACTS, 10, 60)), List.of(CRISIS), 3, 7),
            p(
                    "70",
                    6,
                    "Sociální rehabilitace",
                    List.of(
                            amb(0.7, CapacityType.CLIENTS, 5, 30),
                            ter(0.6, CapacityType.CLIENTS, 5, 30),
                            pob(0.1, 4, 12)),
                    List.of(DISABLED, CHRONIC),
                    4,
                    7));

    private static Profile p(
            String section, double share, String stem, List<FormSpec> forms, List<String> groups, int from, int to) {
        return new Profile(section, share, stem, forms, groups, from, to);
    }

    private static FormSpec pob(double probability, int min, int max) {
        return new FormSpec(DeliveryForm.RESIDENTIAL, probability, CapacityType.BEDS, min, max);
    }

    private static FormSpec amb(double probability, CapacityType unit, int min, int max) {
        return new FormSpec(DeliveryForm.OUTPATIENT, probability, unit, min, max);
    }

    private static FormSpec ter(double probability, CapacityType unit, int min, int max) {
        return new FormSpec(DeliveryForm.FIELD, probability, unit, min, max);
    }
}
