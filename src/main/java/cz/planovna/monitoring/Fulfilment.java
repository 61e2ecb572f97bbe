package cz.planovna.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of a target was reached: a percentage 0–100 (unrounded; {@link #display()} rounds half
 * up to one decimal), or null when it cannot be measured. {@code excluded} marks a cancelled
 * measure without indicators, which the averages above it skip.
 */
public record Fulfilment(BigDecimal percent, boolean excluded) {

    public static final Fulfilment UNKNOWN = new Fulfilment(null, false);
    public static final Fulfilment EXCLUDED = new Fulfilment(null, true);

    /** The dashboard level: MET ≥ 90 %, PARTLY 50–89 %, NOT_MET under 50 %, UNKNOWN. */
    public enum Level {
        MET,
        PARTLY,
        NOT_MET,
        UNKNOWN;

        public String messageKey() {
            return "monitoring.level." + name();
        }

        /** The CSS class of the colour stripe (the text label always goes with it). */
        public String cssClass() {
            return "level-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public static Fulfilment of(BigDecimal percent) {
        return percent == null ? UNKNOWN : new Fulfilment(percent, false);
    }

    public boolean measurable() {
        return percent != null;
    }

    /** The percentage rounded half up to one decimal, or null. */
    public BigDecimal display() {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }

    public Level level() {
        if (percent == null) {
            return Level.UNKNOWN;
        }
        BigDecimal shown = display();
        if (shown.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return Level.MET;
        }
        return shown.compareTo(BigDecimal.valueOf(50)) >= 0 ? Level.PARTLY : Level.NOT_MET;
    }
}
