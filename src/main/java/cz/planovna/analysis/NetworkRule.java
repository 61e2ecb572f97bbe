package cz.planovna.analysis;

import cz.planovna.catalogue.CapacityType;
import java.util.Arrays;
import java.util.Optional;

/**
 * THE table of indicators of the service network: for a service type (§ of Act 108/2006) which
 * registered capacity counts and per 1,000 inhabitants of which age. Add a row to add an indicator
 * to the ratios, the chart, the export and the needs-gap map.
 */
public enum NetworkRule {
    HOMES_FOR_ELDERLY("49", CapacityType.BEDS, AgeGroup.OLDEST),
    SPECIAL_REGIME("50", CapacityType.BEDS, AgeGroup.SENIORS),
    HOME_CARE("40", CapacityType.CLIENTS, AgeGroup.SENIORS),
    DAY_CARE("46", CapacityType.CLIENTS, AgeGroup.SENIORS),
    PERSONAL_ASSISTANCE("39", CapacityType.CLIENTS, AgeGroup.ALL),
    HOMES_FOR_DISABLED("48", CapacityType.BEDS, AgeGroup.ALL),
    FAMILY_ACTIVATION("65", CapacityType.CLIENTS, AgeGroup.CHILDREN),
    YOUTH_CLUBS("62", CapacityType.CLIENTS, AgeGroup.YOUTH);

    private final String section;
    private final CapacityType unit;
    private final AgeGroup age;

    NetworkRule(String section, CapacityType unit, AgeGroup age) {
        this.section = section;
        this.unit = unit;
        this.age = age;
    }

    public String section() {
        return section;
    }

    public CapacityType unit() {
        return unit;
    }

    public AgeGroup age() {
        return age;
    }

    public String messageKey() {
        return "analysis.network.rule." + name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<NetworkRule> ofSection(String section) {
        return Arrays.stream(values()).filter(r -> r.section.equals(section)).findFirst();
    }
}
