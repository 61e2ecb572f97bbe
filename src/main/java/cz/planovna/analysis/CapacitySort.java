package cz.planovna.analysis;

import cz.planovna.shared.text.CzechCollation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Orders of the capacity table; {@code param} is the URL value. */
public enum CapacitySort {
    TYPE("druh"),
    OBEC("obec"),
    AMOUNT("kapacita");

    private final String param;

    CapacitySort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public String messageKey() {
        return "analysis.network.sort." + param;
    }

    static Optional<CapacitySort> ofParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }

    Comparator<NetworkReport.CapacityRow> comparator() {
        Comparator<NetworkReport.CapacityRow> type =
                Comparator.comparing(NetworkReport.CapacityRow::section, NetworkCalculation.SECTION_ORDER);
        Comparator<NetworkReport.CapacityRow> obec = CzechCollation.comparing(NetworkReport.CapacityRow::obecName);
        Comparator<NetworkReport.CapacityRow> rest = Comparator.comparing(NetworkReport.CapacityRow::form)
                .thenComparing(NetworkReport.CapacityRow::unit)
                .thenComparingInt(NetworkReport.CapacityRow::obecCode);
        return switch (this) {
            case TYPE -> type.thenComparing(obec).thenComparing(rest);
            case OBEC -> obec.thenComparing(type).thenComparing(rest);
            case AMOUNT ->
                Comparator.comparingDouble(NetworkReport.CapacityRow::amount)
                        .reversed()
                        .thenComparing(type)
                        .thenComparing(obec)
                        .thenComparing(rest);
        };
    }
}
