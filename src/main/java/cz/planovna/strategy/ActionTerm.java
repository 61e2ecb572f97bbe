package cz.planovna.strategy;

import java.time.LocalDate;

/** When an action-plan item takes place within its year: the whole year, a quarter or dates. */
public enum ActionTerm {
    YEAR,
    Q1,
    Q2,
    Q3,
    Q4,
    RANGE;

    public String messageKey() {
        return "strategy.action.term." + name();
    }

    /** The first day of a quarter of the year (null for the whole year or dates). */
    LocalDate quarterStart(int year) {
        return switch (this) {
            case Q1 -> LocalDate.of(year, 1, 1);
            case Q2 -> LocalDate.of(year, 4, 1);
            case Q3 -> LocalDate.of(year, 7, 1);
            case Q4 -> LocalDate.of(year, 10, 1);
            default -> null;
        };
    }
}
