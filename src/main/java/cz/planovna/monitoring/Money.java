package cz.planovna.monitoring;

import cz.planovna.strategy.FundingSource;
import java.util.List;

/**
 * Money of a year in whole crowns: planned (the approved action plan's budget of the year, else
 * the medium-term plan's costs of the year) against spent, per funding source and in total.
 */
public record Money(List<SourceMoney> bySource) {

    public static final Money NONE = new Money(List.of());

    /** Planned and spent from one funding source. */
    public record SourceMoney(FundingSource source, long planned, long spent) {

        public long difference() {
            return spent - planned;
        }
    }

    public long planned() {
        return bySource.stream().mapToLong(SourceMoney::planned).sum();
    }

    public long spent() {
        return bySource.stream().mapToLong(SourceMoney::spent).sum();
    }

    public long difference() {
        return spent() - planned();
    }

    public long planned(FundingSource source) {
        return bySource.stream()
                .filter(s -> s.source() == source)
                .mapToLong(SourceMoney::planned)
                .sum();
    }

    public long spent(FundingSource source) {
        return bySource.stream()
                .filter(s -> s.source() == source)
                .mapToLong(SourceMoney::spent)
                .sum();
    }

    public boolean isEmpty() {
        return bySource.isEmpty();
    }
}
