package cz.planovna.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The population of a territory at one reference date: totals by sex, the age groups 0–14, 15–64,
 * 65+ and 80+, their shares in per cent and the ageing index (65+ per 100 aged 0–14), one decimal.
 */
public record YearSummary(
        int year,
        LocalDate refDate,
        long total,
        long men,
        long women,
        long children,
        long working,
        long seniors,
        long oldest,
        BigDecimal childrenShare,
        BigDecimal workingShare,
        BigDecimal seniorsShare,
        BigDecimal oldestShare,
        BigDecimal ageingIndex) {

    /** From five-year bands (index 0 = 0–4 … 17 = 85+) of men and women. */
    static YearSummary of(LocalDate refDate, long[] menBands, long[] womenBands) {
        long men = sum(menBands, 0, AgeBand.BANDS);
        long women = sum(womenBands, 0, AgeBand.BANDS);
        long total = men + women;
        long children = sum(menBands, 0, 3) + sum(womenBands, 0, 3);
        long working = sum(menBands, 3, 13) + sum(womenBands, 3, 13);
        long seniors = sum(menBands, 13, 18) + sum(womenBands, 13, 18);
        long oldest = sum(menBands, 16, 18) + sum(womenBands, 16, 18);
        return new YearSummary(
                refDate.getYear(),
                refDate,
                total,
                men,
                women,
                children,
                working,
                seniors,
                oldest,
                percent(children, total),
                percent(working, total),
                percent(seniors, total),
                percent(oldest, total),
                percent(seniors, children));
    }

    /** part × 100 / whole, one decimal, half up; null when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long sum(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }
}
