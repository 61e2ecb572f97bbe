package cz.planovna.process;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.validation.Errors;

/**
 * The rules meetings and events share for when and where: a date (not moved into the past), a start
 * before the end, a place or an online link, and a link that is a real web address. Field names are
 * the same in both forms: {@code date}, {@code startsAt}, {@code endsAt}, {@code place}, {@code onlineUrl}.
 */
final class ScheduleInput {

    private ScheduleInput() {}

    /**
     * @param storedDate the date saved before (null when new): a record may keep a past date when
     *     corrected, but never be moved into the past
     * @param pastKey the message for a date in the past
     */
    static void check(
            Errors errors,
            String date,
            String startsAt,
            String endsAt,
            String place,
            String onlineUrl,
            LocalDate today,
            LocalDate storedDate,
            String pastKey) {
        LocalDate day = null;
        if (CzechDateInput.isBlank(date)) {
            errors.rejectValue("date", "process.validation.meeting.date.required");
        } else {
            day = RoundForms.date(errors, "date", date);
        }
        if (day != null && day.isBefore(today) && !day.equals(storedDate)) {
            errors.rejectValue("date", pastKey);
        }
        LocalTime start = time(errors, "startsAt", startsAt);
        LocalTime end = time(errors, "endsAt", endsAt);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endsAt", "process.validation.meeting.time.order");
        }
        if (blank(place) && blank(onlineUrl)) {
            errors.rejectValue("place", "process.validation.meeting.where.required");
        }
        if (!blank(onlineUrl) && !isWebAddress(onlineUrl.strip())) {
            errors.rejectValue("onlineUrl", "process.validation.meeting.url.invalid");
        }
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static LocalTime time(Errors errors, String field, String text) {
        if (CzechDateInput.isBlank(text)) {
            errors.rejectValue(field, "process.validation.meeting.time.required");
            return null;
        }
        LocalTime time = TimeInput.parse(text).orElse(null);
        if (time == null) {
            errors.rejectValue(field, "process.validation.meeting.time.invalid");
        }
        return time;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
