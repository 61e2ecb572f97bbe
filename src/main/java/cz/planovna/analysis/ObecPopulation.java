package cz.planovna.analysis;

import java.time.LocalDate;

/**
 * The population of one obec at its latest reference date, counted per {@link AgeGroup} (indexed
 * by the group's ordinal).
 */
record ObecPopulation(int obec, int district, LocalDate refDate, boolean synthetic, long[] byGroup) {

    long of(AgeGroup group) {
        return byGroup[group.ordinal()];
    }

    /** For test fixtures: the counts of the groups in the order of {@link AgeGroup}. */
    static ObecPopulation of(int obec, int district, long all, long children, long youth, long seniors, long oldest) {
        return new ObecPopulation(
                obec, district, LocalDate.of(2024, 12, 31), false, new long[] {all, children, youth, seniors, oldest});
    }
}
