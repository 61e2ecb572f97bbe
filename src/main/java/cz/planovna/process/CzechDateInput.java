package cz.planovna.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Dates typed into forms the way Czech people write them, "12. 2. 2018" (spaces optional), or as
 * ISO "2018-02-12". A plain text field instead of a date picker: it looks and types the same in
 * every browser and screen reader.
 */
final class CzechDateInput {

    private static final DateTimeFormatter CZECH =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d. M. uuuu");

    private CzechDateInput() {}

    /** Empty for blank or unreadable input; tell them apart with {@link #isBlank}. */
    static Optional<LocalDate> parse(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s\\u00a0]", "");
        try {
            if (compact.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(compact));
            }
            return Optional.of(LocalDate.parse(compact, CZECH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }
}
