package cz.planovna.analysis;

import cz.planovna.catalogue.CapacityType;
import cz.planovna.catalogue.DeliveryForm;
import java.time.LocalDate;
import java.util.List;

/**
 * The service network of an ORP: registered capacities where the services are based (by type, obec,
 * form and unit; by type and target group), which field services reach each obec, and the
 * indicators per 1,000 inhabitants of the relevant age for the ORP, its kraj and the country.
 */
public record NetworkReport(
        int districtCode,
        String districtName,
        int regionCode,
        String regionName,
        boolean illustrativeServices,
        boolean syntheticPopulation,
        LocalDate populationDate,
        String section,
        String group,
        CapacitySort sort,
        List<TypeOption> sections,
        List<String> groups,
        CapacityPage capacities,
        List<CapacityTotal> totals,
        List<GroupRow> groupRows,
        List<CoverageRow> coverage,
        List<RatioRow> ratios,
        RatioChart chart,
        Scope orpScope,
        Scope regionScope,
        Scope countryScope) {

    /** A service type offered in the filter: its § and the register's name. */
    public record TypeOption(String section, String name) {}

    /** Capacity of services of one type based in one obec, one form and unit. */
    public record CapacityRow(
            String section,
            String typeName,
            int obecCode,
            String obecName,
            DeliveryForm form,
            CapacityType unit,
            double amount,
            int services) {
        public java.math.BigDecimal amountValue() {
            return Decimals.of(amount, 1);
        }
    }

    public record CapacityPage(List<CapacityRow> rows, int page, int pages, int total) {
        public static final int SIZE = 25;

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** The ORP's capacity of one type, form and unit. */
    public record CapacityTotal(
            String section, String typeName, DeliveryForm form, CapacityType unit, double amount, int services) {
        public java.math.BigDecimal amountValue() {
            return Decimals.of(amount, 1);
        }
    }

    /** Capacity of one type for one target group (a service with several groups counts in each). */
    public record GroupRow(
            String section, String typeName, String group, CapacityType unit, double amount, int services) {
        public java.math.BigDecimal amountValue() {
            return Decimals.of(amount, 1);
        }
    }

    /** An obec of the ORP and the field services that reach it (names with their §). */
    public record CoverageRow(int obecCode, String obecName, List<String> services) {
        public boolean covered() {
            return !services.isEmpty();
        }
    }

    /** One indicator: capacity per 1,000 inhabitants of the age, for the ORP, the kraj and the country. */
    public record RatioRow(
            NetworkRule rule,
            double orpCapacity,
            long orpPopulation,
            Double orpRatio,
            double regionCapacity,
            long regionPopulation,
            Double regionRatio,
            double countryCapacity,
            long countryPopulation,
            Double countryRatio) {
        public java.math.BigDecimal orpCapacityValue() {
            return Decimals.of(orpCapacity, 1);
        }

        public java.math.BigDecimal orpValue() {
            return Decimals.of(orpRatio, 2);
        }

        public java.math.BigDecimal regionValue() {
            return Decimals.of(regionRatio, 2);
        }

        public java.math.BigDecimal countryValue() {
            return Decimals.of(countryRatio, 2);
        }
    }

    /** What a comparison counts: the ORP with population figures and how many obce have them. */
    public record Scope(String name, List<String> districts, int obce) {}

    public boolean hasPopulation() {
        return populationDate != null;
    }

    public long uncovered() {
        return coverage.stream().filter(c -> !c.covered()).count();
    }
}
