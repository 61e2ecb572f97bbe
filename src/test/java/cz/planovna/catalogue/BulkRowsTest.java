package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BulkRowsTest {

    @Test
    void csvTellsNullFromEmptyAndKeepsQuotesCommasAndLineBreaksInsideValues() {
        String csv = BulkRows.csv(List.of(
                new Object[] {1L, 0, "Pečovatelská služba \"Domov\", Písek", null, true},
                new Object[] {2L, 1, "", "řádek 1\nřádek 2", false}));

        assertThat(csv)
                .isEqualTo(
                        "1,0,\"Pečovatelská služba \"\"Domov\"\", Písek\",,t\n" + "2,1,\"\",\"řádek 1\nřádek 2\",f\n");
    }
}
