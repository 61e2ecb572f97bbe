package cz.planovna.analysis;

/**
 * The people a service type is for, by age: a figure counts when its whole age band lies inside the
 * group (ČSÚ's five-year bands and single years always do; a band across a boundary is left out).
 */
public enum AgeGroup {
    ALL(0, null),
    CHILDREN(0, 14),
    YOUTH(10, 24),
    SENIORS(65, null),
    OLDEST(80, null);

    private final int from;
    private final Integer to;

    AgeGroup(int from, Integer to) {
        this.from = from;
        this.to = to;
    }

    boolean contains(int ageFrom, Integer ageTo) {
        if (ageFrom < from) {
            return false;
        }
        if (to == null) {
            return true;
        }
        return ageTo != null && ageTo <= to;
    }

    public String messageKey() {
        return "analysis.network.age." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
