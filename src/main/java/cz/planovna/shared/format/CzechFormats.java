package cz.planovna.shared.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Czech formats used on every page and document: {@code 1 793 475 Kč}, {@code 23. 11. 2026}. The
 * thousands separator and the spaces inside dates are no-break spaces so that a number or a date
 * never wraps across lines. Available in templates as {@code ${@fmt.money(amount)}}.
 */
@Component("fmt")
public class CzechFormats {

    public static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    static final char NBSP = '\u00A0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.\u00A0M.\u00A0yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.\u00A0M.\u00A0yyyy\u00A0H:mm");

    public String number(long value) {
        return integerFormat().format(value);
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = integerFormat();
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Whole crowns, rounded half up: {@code 1 793 475 Kč}. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return integerFormat().format(amount.setScale(0, RoundingMode.HALF_UP)) + NBSP + "Kč";
    }

    public String money(long amount) {
        return money(BigDecimal.valueOf(amount));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PRAGUE));
    }

    /**
     * File sizes as Windows shows them (1 kB = 1024 B), so that a limit of "20 MB" means what
     * people see in their file manager: {@code 830 B}, {@code 12 kB}, {@code 1,2 MB}.
     */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + "\u00A0B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + "\u00A0kB";
        }
        BigDecimal megabytes =
                BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP);
        return number(megabytes.stripTrailingZeros()) + NBSP + "MB";
    }

    private static DecimalFormat integerFormat() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setGroupingSize(3);
        return format;
    }
}
