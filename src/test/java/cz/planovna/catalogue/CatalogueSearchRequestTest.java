package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request parameters of any value give a usable request and a shareable address. */
class CatalogueSearchRequestTest {

    @Test
    void unreadableNumbersAreDroppedAndABadPageIsTheFirst() {
        CatalogueSearchRequest r = CatalogueSearchRequest.of("  ", "", null, "abc", "-5", "x", null);
        assertThat(r.q()).isNull();
        assertThat(r.type()).isNull();
        assertThat(r.orp()).isNull();
        assertThat(r.obec()).isNull();
        assertThat(r.page()).isEqualTo(1);
        assertThat(CatalogueSearchRequest.of(null, null, null, null, null, "0", null)
                        .page())
                .isEqualTo(1);
        assertThat(CatalogueSearchRequest.of(null, null, null, null, null, "99999999999", null)
                        .page())
                .isEqualTo(1);
        assertThat(CatalogueSearchRequest.of(null, null, null, null, null, " 3 ", null)
                        .page())
                .isEqualTo(3);
    }

    @Test
    void aVeryLongQueryIsCut() {
        assertThat(CatalogueSearchRequest.of("a".repeat(5000), null, null, null, null, null, null)
                        .q())
                .hasSize(CatalogueSearchRequest.MAX_QUERY);
    }

    @Test
    void relevanceOnlyWhenSomethingWasTyped() {
        assertThat(CatalogueSearchRequest.all().sortedByRelevance()).isFalse();
        assertThat(CatalogueSearchRequest.of("senioru", null, null, null, null, null, null)
                        .sortedByRelevance())
                .isTrue();
        assertThat(CatalogueSearchRequest.of("senioru", null, null, null, null, null, "nazev")
                        .sortedByRelevance())
                .isFalse();
    }

    @Test
    void theAddressCarriesEveryChoiceEncodedAndANewFilterStartsAtPageOne() {
        CatalogueSearchRequest r =
                CatalogueSearchRequest.of("domov & <seniory>", "DruhSocialniSluzby/13", null, "3108", null, "4", null);
        assertThat(r.url())
                .isEqualTo("/katalog?q=domov%20%26%20%3Cseniory%3E&druh=DruhSocialniSluzby%2F13&orp=3108&strana=4");
        assertThat(r.withOrp(3101).url())
                .isEqualTo("/katalog?q=domov%20%26%20%3Cseniory%3E&druh=DruhSocialniSluzby%2F13&orp=3101");
        assertThat(r.withObec(549584).withOrp(null).obec()).isNull();
        assertThat(CatalogueSearchRequest.all().url()).isEqualTo("/katalog");
        assertThat(r.withPage(2).withSortByName(true).url()).endsWith("&razeni=nazev");
    }

    @Test
    void ageFormAndSituationComeFromTheirParametersAndGoBackIntoTheAddress() {
        CatalogueSearchRequest r = CatalogueSearchRequest.of(java.util.Map.of(
                "vek", " VekovaSkupinaOsoby/7 ", "forma", "ter", "situace", "12", "orp", "3108", "strana", "2"));
        assertThat(r.ageGroup()).isEqualTo("VekovaSkupinaOsoby/7");
        assertThat(r.form()).isEqualTo(DeliveryForm.FIELD);
        assertThat(r.situation()).isEqualTo(12L);
        assertThat(r.hasFilters()).isTrue();
        assertThat(r.url()).isEqualTo("/katalog?vek=VekovaSkupinaOsoby%2F7&forma=ter&situace=12&orp=3108&strana=2");
        assertThat(r.exportUrl())
                .isEqualTo("/katalog/export.xlsx?vek=VekovaSkupinaOsoby%2F7&forma=ter&situace=12&orp=3108");
        // removing one keeps the others and starts at page one; another ORP drops the situation
        assertThat(r.withForm(null).url()).isEqualTo("/katalog?vek=VekovaSkupinaOsoby%2F7&situace=12&orp=3108");
        assertThat(r.withAgeGroup(null).withSituation(null).url()).isEqualTo("/katalog?forma=ter&orp=3108");
        assertThat(r.withOrp(3101).situation()).isNull();
        assertThat(r.withOrp(3101).form()).isEqualTo(DeliveryForm.FIELD);
        // unreadable values are dropped
        CatalogueSearchRequest bad =
                CatalogueSearchRequest.of(java.util.Map.of("forma", "FIELD", "situace", "abc", "vek", " "));
        assertThat(bad.form()).isNull();
        assertThat(bad.situation()).isNull();
        assertThat(bad.ageGroup()).isNull();
        assertThat(bad.hasFilters()).isFalse();
    }
}
