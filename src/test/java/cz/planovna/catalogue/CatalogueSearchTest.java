package cz.planovna.catalogue;

import static cz.planovna.catalogue.CatalogueMother.CARE_SERVICE;
import static cz.planovna.catalogue.CatalogueMother.HOME_FOR_ELDERLY;
import static cz.planovna.catalogue.CatalogueMother.IN_CRISIS;
import static cz.planovna.catalogue.CatalogueMother.OBEC_CIZOVA;
import static cz.planovna.catalogue.RegisterFolderMother.BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public search over a real Lucene index (in memory): Czech full text, filters, counts, order
 * and pages. Each query carries the fixture's tag, so services of other tests do not count.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchTest {

    @Autowired
    CatalogueSearch search;

    @Autowired
    RegisterImport registerImport;

    CatalogueMother mother;

    @BeforeAll
    void importFixture() {
        mother = CatalogueMother.tagged();
        assertThat(mother.importInto(registerImport).applied()).isTrue();
    }

    CatalogueSearchResult find(String words) {
        return search.search(request(words).build());
    }

    Builder request(String words) {
        return new Builder(words == null ? mother.tag : words + " " + mother.tag);
    }

    static List<String> names(CatalogueSearchResult result) {
        return result.hits().stream()
                .map(CatalogueSearchResult.ServiceHit::name)
                .toList();
    }

    @Test
    void inflectedWordsWithoutDiacriticsFindTheService() {
        assertThat(names(find("senioru"))).contains(mother.name("Domov pro seniory Písek"));
        assertThat(names(find("domov seniori"))).contains(mother.name("Domov pro seniory Blatná"));
        assertThat(names(find("pecovatelska"))).containsExactly(mother.name("Pečovatelská služba Mirotice"));
        assertThat(names(find("PEČOVATELSKÉ"))).containsExactly(mother.name("Pečovatelská služba Mirotice"));
        assertThat(names(find("krizove"))).containsExactly(mother.name("Krizová poradna Blatná"));
    }

    @Test
    void theTypeLabelAndTheProviderAreSearchedToo() {
        // "chráněné bydlení" is the type's label; the name says it too, so search for a label word only
        assertThat(names(find("odborne poradenstvi"))).containsExactly(mother.name("Krizová poradna Blatná"));
        assertThat(names(find("poskytovatel " + mother.id("hospic")))).isNotEmpty();
    }

    @Test
    void endedServicesAreNotFound() {
        assertThat(names(find("ukonceny"))).isEmpty();
        assertThat(names(find(null))).doesNotContain(mother.name("Domov pro seniory Ukončený"));
    }

    @Test
    void wordsThatMatchNothingGiveAnEmptyResultNotAnError() {
        CatalogueSearchResult result = find("zzzneexistuje");
        assertThat(result.empty()).isTrue();
        assertThat(result.total()).isZero();
        assertThat(result.pageCount()).isEqualTo(1);
        // query syntax characters are text, not errors
        assertThat(find("\"senioru -( *~ OR").empty()).isTrue();
    }

    @Test
    void filtersByTypeGroupAndOrpAndCountsOptionsWithTheOtherFilters() {
        CatalogueSearchResult byOrp = search.search(request(null).orp(BLATNA).build());
        assertThat(names(byOrp))
                .containsExactlyInAnyOrder(
                        mother.name("Domov pro seniory Blatná"), mother.name("Krizová poradna Blatná"));
        // the ORP facet ignores the ORP filter itself: Písek can still be chosen, with its count
        assertThat(byOrp.orps())
                .filteredOn(o -> o.value().equals(String.valueOf(PISEK)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.count()).isEqualTo(5);
                    assertThat(o.label()).isEqualTo("Písek");
                    assertThat(o.selected()).isFalse();
                });
        assertThat(byOrp.orps())
                .filteredOn(CatalogueSearchResult.FacetOption::selected)
                .singleElement()
                .satisfies(o -> assertThat(o.count()).isEqualTo(2));
        // types are counted within the ORP chosen
        assertThat(byOrp.types())
                .extracting(CatalogueSearchResult.FacetOption::value, CatalogueSearchResult.FacetOption::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(HOME_FOR_ELDERLY, 1L),
                        org.assertj.core.groups.Tuple.tuple(CatalogueMother.COUNSELLING, 1L));
        assertThat(byOrp.types())
                .filteredOn(o -> o.value().equals(HOME_FOR_ELDERLY))
                .singleElement()
                .satisfies(o -> assertThat(o.label()).isEqualTo("Domovy pro seniory (§ 49)"));

        assertThat(names(search.search(request(null).type(CARE_SERVICE).build())))
                .containsExactly(mother.name("Pečovatelská služba Mirotice"));
        assertThat(names(search.search(request(null).group(IN_CRISIS).build())))
                .containsExactly(mother.name("Krizová poradna Blatná"));
        assertThat(search.search(request(null).type("DruhSocialniSluzby/999").build())
                        .empty())
                .isTrue();
    }

    @Test
    void anObecFindsServicesThereAndFieldServicesServingItsWholeOrp() {
        // Čížová has no facility: only the field care service, which serves the whole ORP Písek
        CatalogueSearchResult cizova =
                search.search(request(null).obec(OBEC_CIZOVA).build());
        assertThat(names(cizova)).containsExactly(mother.name("Pečovatelská služba Mirotice"));
        // Mirotice: the care service has its facility there
        assertThat(names(search.search(request(null).obec(OBEC_MIROTICE).build())))
                .containsExactly(mother.name("Pečovatelská služba Mirotice"));
        // Písek town: the residential services there, and the field service
        CatalogueSearchResult pisek =
                search.search(request(null).orp(PISEK).obec(OBEC_PISEK).build());
        assertThat(names(pisek))
                .contains(mother.name("Domov pro seniory Písek"), mother.name("Pečovatelská služba Mirotice"))
                .doesNotContain(mother.name("Domov pro seniory Blatná"));
        // the obec options are those of the ORP, each counted once
        assertThat(pisek.obce())
                .filteredOn(o -> o.value().equals(String.valueOf(OBEC_CIZOVA)))
                .singleElement()
                .satisfies(o -> assertThat(o.count()).isEqualTo(1));
        assertThat(pisek.obce())
                .filteredOn(o -> o.value().equals(String.valueOf(OBEC_PISEK)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.count()).isEqualTo(pisek.total());
                    assertThat(o.selected()).isTrue();
                });
        assertThat(pisek.obecName()).isEqualTo("Písek");
    }

    @Test
    void byNameTheOrderIsCzechAndWithWordsByRelevance() {
        // (the fixture's tag is always typed here; without words the order is by name anyway)
        List<String> pisek =
                names(search.search(request(null).orp(PISEK).byName().build()));
        assertThat(pisek)
                .containsExactly(
                        mother.name("Centrum Písek"),
                        mother.name("Čajovna Písek"),
                        mother.name("Domov pro seniory Písek"),
                        mother.name("Hospic Písek"),
                        mother.name("Pečovatelská služba Mirotice"));
        // "Chráněné" sorts after "Hospic" (ch after h)
        List<String> all = names(search.search(request(null).byName().build()));
        assertThat(all.indexOf(mother.name("Chráněné bydlení Domažlice")))
                .isGreaterThan(all.indexOf(mother.name("Hospic Písek")));
        // relevance: the name match comes before a match in the target group only
        assertThat(names(find("seniory")).get(0)).startsWith("Domov pro seniory");
        assertThat(search.search(request("senioru").build()).request().sortedByRelevance())
                .isTrue();
    }

    @Test
    void pagesHoldTwentyAndAPageBeyondTheEndShowsTheLast() {
        CatalogueSearchResult first = search.search(CatalogueSearchRequest.all());
        assertThat(first.hits()).hasSizeLessThanOrEqualTo(CatalogueSearchResult.PAGE_SIZE);
        CatalogueSearchResult beyond = search.search(request(null).page(999).build());
        assertThat(beyond.page()).isEqualTo(1);
        assertThat(beyond.total()).isEqualTo(8);
        assertThat(beyond.firstShown()).isEqualTo(1);
        assertThat(beyond.lastShown()).isEqualTo(8);
    }

    /** Request parameters as the controller gets them. */
    static final class Builder {
        private final String q;
        private String type;
        private String group;
        private Integer orp;
        private Integer obec;
        private int page = 1;
        private boolean byName;

        Builder(String q) {
            this.q = q;
        }

        Builder type(String value) {
            type = value;
            return this;
        }

        Builder group(String value) {
            group = value;
            return this;
        }

        Builder orp(int value) {
            orp = value;
            return this;
        }

        Builder obec(int value) {
            obec = value;
            return this;
        }

        Builder byName() {
            byName = true;
            return this;
        }

        Builder page(int value) {
            page = value;
            return this;
        }

        CatalogueSearchRequest build() {
            return new CatalogueSearchRequest(q, type, group, orp, obec, page, byName);
        }
    }
}
