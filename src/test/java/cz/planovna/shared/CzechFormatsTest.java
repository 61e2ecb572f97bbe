package cz.planovna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.shared.format.CzechFormats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CzechFormatsTest {

    private final CzechFormats fmt = new CzechFormats();

    /** Shown with ordinary spaces here for readability; the output uses no-break spaces. */
    private static String plain(String s) {
        return s.replace('\u00A0', ' ');
    }

    @Test
    void moneyInWholeCrownsWithSpaces() {
        assertThat(plain(fmt.money(1_793_475))).isEqualTo("1 793 475 Kč");
        assertThat(plain(fmt.money(new BigDecimal("999.5")))).isEqualTo("1 000 Kč");
        assertThat(plain(fmt.money(0))).isEqualTo("0 Kč");
        assertThat(fmt.money(null)).isEmpty();
    }

    @Test
    void separatorsAreNoBreakSpacesSoAmountsNeverWrap() {
        assertThat(fmt.money(1_793_475)).isEqualTo("1\u00A0793\u00A0475\u00A0Kč");
    }

    @Test
    void numbersWithDecimalComma() {
        assertThat(plain(fmt.number(6258))).isEqualTo("6 258");
        assertThat(plain(fmt.number(new BigDecimal("1234.5")))).isEqualTo("1 234,5");
    }

    @Test
    void fileSizesAsFileManagersShowThem() {
        assertThat(plain(fmt.fileSize(830))).isEqualTo("830 B");
        assertThat(plain(fmt.fileSize(12_400))).isEqualTo("12 kB");
        assertThat(plain(fmt.fileSize(1_258_291))).isEqualTo("1,2 MB");
        assertThat(plain(fmt.fileSize(20L * 1024 * 1024))).isEqualTo("20 MB");
    }

    @Test
    void czechDates() {
        assertThat(plain(fmt.date(LocalDate.of(2026, 11, 23)))).isEqualTo("23. 11. 2026");
        assertThat(plain(fmt.date(LocalDate.of(2026, 1, 5)))).isEqualTo("5. 1. 2026");
        assertThat(fmt.date(null)).isEmpty();
    }

    @Test
    void dateTimeInPragueTime() {
        // 12:30 UTC in winter is 13:30 in Prague; in summer 14:30
        assertThat(plain(fmt.dateTime(Instant.parse("2026-11-23T12:30:00Z")))).isEqualTo("23. 11. 2026 13:30");
        assertThat(plain(fmt.dateTime(Instant.parse("2026-07-01T12:30:00Z")))).isEqualTo("1. 7. 2026 14:30");
    }
}
