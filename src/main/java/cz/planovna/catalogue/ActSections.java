package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The § of Act 108/2006 for a service type, found by the type's Czech label in the bundled code
 * book ({@code data/codebooks/service_types.csv}) and, for labels the register words differently,
 * in {@code data/codebooks/service_type_aliases.csv}. Labels are compared without case, diacritics
 * and repeated spaces, so the register's numbering never matters.
 */
final class ActSections {

    static final String SERVICE_TYPES = "data/codebooks/service_types.csv";
    static final String ALIASES = "data/codebooks/service_type_aliases.csv";

    private final Map<String, String> sectionByLabel;

    private ActSections(Map<String, String> sectionByLabel) {
        this.sectionByLabel = sectionByLabel;
    }

    static ActSections bundled() {
        Map<String, String> byLabel = new HashMap<>();
        // section,category,name_cs,name_en
        for (String[] row : Csv.readClasspath(SERVICE_TYPES)) {
            byLabel.put(key(row[2]), row[0].strip());
        }
        // name_cs,section
        for (String[] row : Csv.readClasspath(ALIASES)) {
            byLabel.put(key(row[0]), row[1].strip());
        }
        return new ActSections(byLabel);
    }

    Optional<String> sectionOf(String label) {
        return Optional.ofNullable(sectionByLabel.get(key(label)));
    }

    private static String key(String label) {
        return CzechCollation.searchKey(label);
    }
}
