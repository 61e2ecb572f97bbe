package cz.planovna.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What values an indicator accepts, decided from its unit text (documented in
 * docs/architecture.md): a percentage ("%", "procent…") 0–100 with decimals; an amount of money
 * ("Kč") and counts (everything else: "osob", "lůžek", "obcí", …) whole numbers ≥ 0; measured
 * quantities (hours, days, weeks, months, years, km, kg, m², an average, a ratio, an index)
 * numbers ≥ 0 with decimals. Values are at most 999 999 999 999 with four decimals.
 */
enum UnitRule {
    PERCENT,
    WHOLE,
    DECIMAL;

    static final BigDecimal MAX = new BigDecimal("999999999999");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> MEASURED = List.of(
            "hod", "min", "den", "dn", "dní", "týd", "měs", "rok", "let", "km", "kg", "m2", "m²", "průměr", "podíl",
            "poměr", "index", "skóre", "body", "bod");

    static UnitRule of(String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(new Locale("cs"));
        if (u.contains("%") || u.startsWith("procent")) {
            return PERCENT;
        }
        if (u.contains("kč")) {
            return WHOLE;
        }
        for (String word : MEASURED) {
            if (u.startsWith(word) || u.contains(" " + word)) {
                return DECIMAL;
            }
        }
        return WHOLE;
    }

    /**
     * Parses a value as typed in Czech (decimal comma or point, spaces between thousands).
     *
     * @return the value, or null when blank
     * @throws Invalid with the message key of what is wrong
     */
    BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip()
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .replace(" ", "")
                .replace(',', '.');
        if (!cleaned.matches("-?\\d{1,15}(\\.\\d+)?")) {
            throw new Invalid("monitoring.validation.actual.number");
        }
        BigDecimal value = new BigDecimal(cleaned);
        if (value.signum() < 0) {
            throw new Invalid("monitoring.validation.actual.negative");
        }
        if (this == PERCENT && value.compareTo(HUNDRED) > 0) {
            throw new Invalid("monitoring.validation.actual.percent");
        }
        if (this == WHOLE && value.stripTrailingZeros().scale() > 0) {
            throw new Invalid("monitoring.validation.actual.whole");
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new Invalid("monitoring.validation.actual.decimals");
        }
        if (value.compareTo(MAX) > 0) {
            throw new Invalid("monitoring.validation.actual.large");
        }
        return value;
    }

    public String messageKey() {
        return "monitoring.unitRule." + name();
    }

    /** A value that does not fit the rule; the message key says why. */
    static final class Invalid extends RuntimeException {

        private final String key;

        Invalid(String key) {
            super(key);
            this.key = key;
        }

        String key() {
            return key;
        }
    }
}
