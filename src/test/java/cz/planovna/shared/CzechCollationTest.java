package cz.planovna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.shared.text.CzechCollation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CzechCollationTest {

    @Test
    void sortsByTheCzechAlphabet() {
        List<String> names = new ArrayList<>(
                List.of("Žatec", "Chomutov", "Čáslav", "Cheb", "Hodonín", "Ústí nad Labem", "Zlín", "Brno"));
        names.sort(CzechCollation.comparator());
        // "ch" is a letter of its own, after "h"; "č" after "c"; "ž" after "z"
        assertThat(names)
                .containsExactly("Brno", "Čáslav", "Hodonín", "Cheb", "Chomutov", "Ústí nad Labem", "Zlín", "Žatec");
    }

    @Test
    void searchKeyDropsDiacriticsAndCase() {
        assertThat(CzechCollation.searchKey("  Český   Krumlov ")).isEqualTo("cesky krumlov");
        assertThat(CzechCollation.searchKey("Luhačovice")).isEqualTo("luhacovice");
        assertThat(CzechCollation.searchKey(null)).isEmpty();
    }

    @Test
    void comparingByKey() {
        record Named(String name) {}
        List<Named> list =
                new ArrayList<>(List.of(new Named("Šumperk"), new Named("Strakonice"), new Named("Sokolov")));
        list.sort(CzechCollation.comparing(Named::name));
        assertThat(list).extracting(Named::name).containsExactly("Sokolov", "Strakonice", "Šumperk");
    }
}
