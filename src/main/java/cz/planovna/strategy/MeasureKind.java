package cz.planovna.strategy;

/** What a measure does with a service. */
public enum MeasureKind {
    KEEP,
    DEVELOP,
    CREATE,
    OTHER;

    public String messageKey() {
        return "strategy.measureKind." + name();
    }
}
