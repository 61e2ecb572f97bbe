package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates typed in the interview form: Czech and ISO forms, impossible dates refused. */
class FindingsFormsTest {

    @Test
    void czechAndIsoDatesAreRead() {
        assertThat(FindingsForms.parseDate("7. 12. 2026")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(FindingsForms.parseDate("7.12.2026")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(FindingsForms.parseDate(" 2026-12-07 ")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(FindingsForms.formatDate(LocalDate.of(2026, 3, 1))).isEqualTo("1. 3. 2026");
    }

    @Test
    void impossibleOrOutOfRangeDatesAreRefused() {
        assertThat(FindingsForms.parseDate("31. 2. 2026")).isNull();
        assertThat(FindingsForms.parseDate("32. 13. 2026")).isNull();
        assertThat(FindingsForms.parseDate("1. 1. 1999")).isNull();
        assertThat(FindingsForms.parseDate("včera")).isNull();
        assertThat(FindingsForms.parseDate("")).isNull();
    }
}
