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
}
