package cz.planovna.process;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times typed the Czech way: "14:00", "14.00", "9:30" or just "14". */
final class TimeInput {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("H:mm");

    private TimeInput() {}

    static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    static String format(LocalTime time) {
        return time == null ? "" : SHOWN.format(time);
    }
}
