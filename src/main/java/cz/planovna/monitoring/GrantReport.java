package cz.planovna.monitoring;

import cz.planovna.process.GrantActivityQueries.GrantRound;
import java.time.LocalDate;
import java.util.List;

/**
 * The grant report of a round for a period (zpráva o realizaci): for each key activity KA1–KA5
 * the project's description and planned outputs and the outputs counted from the data.
 */
record GrantReport(GrantRound round, LocalDate from, LocalDate to, List<Activity> activities) {

    /** One key activity; {@code description}/{@code outputs} as the project states them (may be null). */
    record Activity(
            String code,
            String description,
            String outputs,
            List<Count> counts,
            List<Item> items,
            List<String> noteKeys) {

        long count(String labelKey) {
            return counts.stream()
                    .filter(c -> c.labelKey().equals(labelKey))
                    .mapToLong(Count::value)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(labelKey));
        }
    }

    /** A counted output; {@code href} the list it came from (may be null). */
    record Count(String labelKey, long value, String href) {}

    /** A counted item: when, what kind (message key), its title, participants (null if none counted). */
    record Item(LocalDate date, String kindKey, String title, Long participants, String href) {}

    Activity activity(String code) {
        return activities.stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code));
    }
}
