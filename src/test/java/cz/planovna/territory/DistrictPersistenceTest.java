package cz.planovna.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The one editable territory fact — planning active — is versioned: a stale edit is refused. */
@SpringBootTest
class DistrictPersistenceTest {

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    TerritoryQueries queries;

    @Test
    void changeWithCurrentVersionIsSavedAndBumpsTheVersion() {
        // Náměšť nad Oslavou 6107: not a seed ORP, so no other test depends on it
        DistrictDetail before = queries.district(6107).orElseThrow();
        administration.setPlanningActive(6107, !before.district().planningActive(), before.version());

        DistrictDetail after = queries.district(6107).orElseThrow();
        assertThat(after.district().planningActive())
                .isEqualTo(!before.district().planningActive());
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(queries.planningDistricts().stream().anyMatch(d -> d.code() == 6107))
                .isEqualTo(after.district().planningActive());

        administration.setPlanningActive(6107, before.district().planningActive(), after.version());
    }

    @Test
    void staleVersionIsRefusedWithBothValues() {
        DistrictDetail current = queries.district(6108).orElseThrow();
        assertThatThrownBy(() -> administration.setPlanningActive(6108, true, current.version() - 1))
                .isInstanceOf(StaleEditException.class)
                .satisfies(e -> {
                    StaleEditException stale = (StaleEditException) e;
                    assertThat(stale.submitted()).isEqualTo("common.yes");
                    assertThat(stale.recordLabel()).isEqualTo(current.district().name());
                    assertThat(stale.messageKeys()).isTrue();
                });
        assertThat(queries.district(6108).orElseThrow().version()).isEqualTo(current.version());
    }

    @Test
    void unknownDistrictIsNotFound() {
        assertThatThrownBy(() -> administration.setPlanningActive(9999, true, 0))
                .isInstanceOf(NotFoundException.class);
    }
}
