package cz.planovna.strategy;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts by year and funding source, in whole crowns. The only place where costs are added up:
 * a measure's totals from its cost lines, every higher level as the sum of its children's.
 */
public record CostTotals(Map<Integer, long[]> byYear) {

    static final FundingSource[] SOURCES = FundingSource.values();

    public CostTotals {
        TreeMap<Integer, long[]> copy = new TreeMap<>();
        byYear.forEach((year, amounts) -> copy.put(year, amounts.clone()));
        byYear = copy;
    }

    static CostTotals of(Collection<CostLine> lines) {
        TreeMap<Integer, long[]> sums = new TreeMap<>();
        for (CostLine line : lines) {
            sums.computeIfAbsent(line.year(), y -> new long[SOURCES.length])[
                    line.source().ordinal()] = Math.addExact(
                    sums.get(line.year())[line.source().ordinal()], line.amount());
        }
        return new CostTotals(sums);
    }

    static CostTotals sum(Collection<CostTotals> parts) {
        TreeMap<Integer, long[]> sums = new TreeMap<>();
        for (CostTotals part : parts) {
            part.byYear.forEach((year, amounts) -> {
                long[] into = sums.computeIfAbsent(year, y -> new long[SOURCES.length]);
                for (int i = 0; i < amounts.length; i++) {
                    into[i] = Math.addExact(into[i], amounts[i]);
                }
            });
        }
        return new CostTotals(sums);
    }

    public long cell(int year, FundingSource source) {
        long[] amounts = byYear.get(year);
        return amounts == null ? 0 : amounts[source.ordinal()];
    }

    public long yearTotal(int year) {
        long[] amounts = byYear.get(year);
        return amounts == null ? 0 : Arrays.stream(amounts).sum();
    }

    public long sourceTotal(FundingSource source) {
        return byYear.values().stream().mapToLong(a -> a[source.ordinal()]).sum();
    }

    public long total() {
        return byYear.values().stream().flatMapToLong(Arrays::stream).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /** The years that have an amount, ascending. */
    public List<Integer> years() {
        return byYear.keySet().stream().filter(y -> yearTotal(y) != 0).toList();
    }

    public List<FundingSource> sources() {
        return List.of(SOURCES);
    }
}
