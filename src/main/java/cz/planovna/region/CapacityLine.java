package cz.planovna.region;

import cz.planovna.catalogue.CapacityType;
import java.util.List;

/**
 * One service type (§ of Act 108/2006) and capacity unit across the compared ORP, in the order of
 * {@link RegionComparison#orps()}: registered capacity and capacity per 1,000 inhabitants (null
 * without population figures).
 */
public record CapacityLine(
        String section, String typeName, CapacityType unit, List<Double> capacities, List<Double> perThousand) {

    public java.math.BigDecimal capacityValue(int index) {
        return round(capacities.get(index), 1);
    }

    public java.math.BigDecimal perThousandValue(int index) {
        return round(perThousand.get(index), 2);
    }

    static java.math.BigDecimal round(Double value, int scale) {
        return value == null
                ? null
                : java.math.BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP);
    }
}
