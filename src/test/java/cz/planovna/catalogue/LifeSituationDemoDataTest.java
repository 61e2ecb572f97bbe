package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.TerritoryQueries;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Profiles;

/** The demo life situations: the three seed questions for Písek and Blatná, linked, written once. */
@SpringBootTest
class LifeSituationDemoDataTest {

    @Autowired
    LifeSituations situations;

    @Autowired
    LifeSituationRepository repository;

    @Autowired
    TerritoryQueries territory;

    @Test
    void písekAndBlatnáGetTheThreeSeedSituationsOnce() {
        LifeSituationDemoData demo = new LifeSituationDemoData(situations, repository, territory);
        // the demo fills only ORPs without situations; on the shared PostgreSQL test database another
        // test (the browser journey) may have written one into Písek already
        for (int orp : LifeSituationDemoData.DISTRICTS) {
            repository.deleteAll(repository.findByDistrictCodeOrderBySortOrderAscTitleAsc(orp));
        }
        demo.run(null);
        demo.run(null);
        for (int orp : LifeSituationDemoData.DISTRICTS) {
            assertThat(situations.ofDistrict(orp))
                    .extracting(LifeSituationView::title)
                    .containsExactly("Jsem sám/sama a potřebuji pomoc", "Máme dluhy", "Nemám co jíst");
            assertThat(situations.ofDistrict(orp))
                    .allSatisfy(s -> assertThat(s.serviceTypes()).isNotEmpty())
                    .allSatisfy(s -> assertThat(s.targetGroups()).isNotEmpty())
                    // every linked code has its register label
                    .allSatisfy(s -> assertThat(s.serviceTypes())
                            .allSatisfy(c -> assertThat(c.name()).isNotEqualTo(c.code())));
        }
        assertThat(situations.ofDistrict(3108).get(0).answer()).contains("Městského úřadu Písek");
    }

    @Test
    void runsInTheDemoProfileOnlyAfterTheCatalogue() {
        Profiles profiles = Profiles.of(
                LifeSituationDemoData.class.getAnnotation(Profile.class).value());
        assertThat(profiles.matches(Set.of("demo")::contains)).isTrue();
        assertThat(profiles.matches(Set.of("demo", "postgres")::contains)).isFalse();
        assertThat(profiles.matches(Set.of("test")::contains)).isFalse();
        assertThat(LifeSituationDemoData.class.getAnnotation(Order.class).value())
                .isEqualTo(41);
    }
}
