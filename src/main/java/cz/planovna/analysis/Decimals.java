package cz.planovna.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of computed shares and ratios for display (half up; null stays null). */
final class Decimals {

    private Decimals() {}

    static BigDecimal of(Double value, int scale) {
        return value == null || value.isNaN() || value.isInfinite()
                ? null
                : BigDecimal.valueOf(value)
                        .setScale(scale, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
    }
}
