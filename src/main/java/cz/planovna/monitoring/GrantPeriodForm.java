package cz.planovna.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The period of a grant report as typed: {@code od} and {@code do} (ISO from a date field, or
 * Czech "1. 3. 2018"). Valid when both are dates, from ≤ to, and both lie in the project's period
 * (or the round's when it has no project); blank fields mean the project's start or end.
 */
record GrantPeriodForm(String from, String to) {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** A checked period, or the field errors (message key and its arguments) when it is not one. */
    record Result(LocalDate from, LocalDate to, Map<String, FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    record FieldError(String key, Object[] args) {}

    Result check(LocalDate projectFrom, LocalDate projectTo) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        LocalDate f = parse(from, projectFrom, "od", errors);
        LocalDate t = parse(to, projectTo, "do", errors);
        if (f != null && t != null) {
            if (t.isBefore(f)) {
                errors.put("do", new FieldError("monitoring.grant.period.order", new Object[0]));
            }
            for (var field : List.of(Map.entry("od", f), Map.entry("do", t))) {
                if (!errors.containsKey(field.getKey())
                        && (field.getValue().isBefore(projectFrom)
                                || field.getValue().isAfter(projectTo))) {
                    errors.put(
                            field.getKey(),
                            new FieldError("monitoring.grant.period.outside", new Object[] {projectFrom, projectTo}));
                }
            }
        }
        return new Result(errors.isEmpty() ? f : null, errors.isEmpty() ? t : null, errors);
    }

    private static LocalDate parse(String value, LocalDate blank, String field, Map<String, FieldError> errors) {
        if (value == null || value.isBlank()) {
            return blank;
        }
        String v = value.replaceAll("[\\s\\u00a0\\u202f]", "");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(v, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        errors.put(field, new FieldError("monitoring.grant.period.invalid", new Object[] {value.strip()}));
        return null;
    }
}
