package cz.planovna.territory;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.shared.TerritoryRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The ČSÚ file is loaded completely by the migration and read back in Czech order. */
@SpringBootTest
class TerritoryQueriesTest {

    @Autowired
    TerritoryQueries territory;

    @Test
    void allRegionsDistrictsAndMunicipalitiesAreLoaded() {
        assertThat(territory.regions()).hasSize(14);
        assertThat(territory.districts()).hasSize(206);
        assertThat(territory.regions().stream()
                        .mapToInt(RegionSummary::municipalityCount)
                        .sum())
                .isEqualTo(6258);
    }

    @Test
    void regionsInCzechOrder() {
        assertThat(territory.regions())
                .extracting(RegionSummary::name)
                .startsWith("Hlavní město Praha", "Jihočeský kraj", "Jihomoravský kraj", "Karlovarský kraj")
                .endsWith("Ústecký kraj", "Zlínský kraj");
    }

    @Test
    void seedDistrictsHaveTheirMunicipalities() {
        DistrictDetail pisek = territory.district(3108).orElseThrow();
        assertThat(pisek.district().name()).isEqualTo("Písek");
        assertThat(pisek.district().regionName()).isEqualTo("Jihočeský kraj");
        assertThat(pisek.municipalities()).hasSize(49);
        assertThat(pisek.municipalities()).extracting(MunicipalityView::name).contains("Mirotice", "Čimelice");
        assertThat(pisek.seatName()).isEqualTo("Písek");

        assertThat(territory.district(3101).orElseThrow().municipalities()).hasSize(26);
        assertThat(territory.district(3103).orElseThrow().municipalities()).hasSize(32);
        assertThat(territory.district(3202).orElseThrow().municipalities()).hasSize(58);
        assertThat(territory.district(7204).orElseThrow().municipalities()).hasSize(15);
    }

    @Test
    void municipalitiesOfADistrictAreSortedCzech() {
        var names = territory.district(3103).orElseThrow().municipalities().stream()
                .map(MunicipalityView::name)
                .toList();
        assertThat(names).isSortedAccordingTo(cz.planovna.shared.text.CzechCollation.comparator());
        // "Č" sorts after every "C…" and before "D…"
        assertThat(names.indexOf("Český Krumlov")).isGreaterThan(names.indexOf("Brloh"));
    }

    @Test
    void regionDetailListsItsDistricts() {
        RegionDetail jihocesky = territory.region(3034).orElseThrow();
        assertThat(jihocesky.nutsCode()).isEqualTo("CZ031");
        assertThat(jihocesky.districts())
                .extracting(DistrictSummary::name)
                .contains("Písek", "Blatná", "Český Krumlov");
        assertThat(jihocesky.districts())
                .allSatisfy(d -> assertThat(d.regionCode()).isEqualTo(3034));
    }

    @Test
    void unknownCodesAreEmpty() {
        assertThat(territory.district(9999)).isEmpty();
        assertThat(territory.region(1)).isEmpty();
        assertThat(territory.districtRef(9999)).isEmpty();
    }

    @Test
    void districtReferenceCarriesItsRegion() {
        assertThat(territory.districtRef(7204)).contains(TerritoryRef.district(7204, 3131));
        assertThat(territory.regionRef(3042)).contains(TerritoryRef.region(3042));
    }

    @Test
    void searchIgnoresDiacriticsAndFindsWordStarts() {
        assertThat(territory.searchMunicipalities("cesky kr"))
                .extracting(MunicipalityView::name)
                .contains("Český Krumlov");
        assertThat(territory.searchMunicipalities("krumlov"))
                .extracting(MunicipalityView::name)
                .contains("Český Krumlov", "Moravský Krumlov");
        assertThat(territory.searchMunicipalities("mirot"))
                .singleElement()
                .satisfies(m -> assertThat(m.districtName()).isEqualTo("Písek"));
    }

    @Test
    void searchIsLimitedAndIgnoresTooShortOrWildcardQueries() {
        assertThat(territory.searchMunicipalities("h")).isEmpty();
        assertThat(territory.searchMunicipalities("%%")).isEmpty();
        assertThat(territory.searchMunicipalities("no")).hasSizeLessThanOrEqualTo(TerritoryQueries.MAX_SEARCH_RESULTS);
    }
}
