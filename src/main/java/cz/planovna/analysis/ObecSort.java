package cz.planovna.analysis;

import cz.planovna.shared.text.CzechCollation;
import java.util.Comparator;

/** Orders of the table of obce; names in Czech collation, numbers largest first. */
public enum ObecSort {
    NAZEV(CzechCollation.comparing(ObecRow::name)),
    OBYVATEL(Comparator.comparingLong((ObecRow r) -> r.summary().total()).reversed()),
    SENIORI(Comparator.comparing(
                    (ObecRow r) -> r.summary().seniorsShare(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed()),
    INDEX(Comparator.comparing(
                    (ObecRow r) -> r.summary().ageingIndex(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed());

    private final Comparator<ObecRow> order;

    ObecSort(Comparator<ObecRow> order) {
        this.order = order;
    }

    Comparator<ObecRow> comparator() {
        return order.thenComparing(CzechCollation.comparing(ObecRow::name));
    }

    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "analysis.demography.sort." + param();
    }

    /** The order named by a request parameter; by name when unknown. */
    public static ObecSort ofParam(String value) {
        for (ObecSort s : values()) {
            if (s.param().equals(value)) {
                return s;
            }
        }
        return NAZEV;
    }
}
