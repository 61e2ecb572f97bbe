package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo catalogue on an empty database (a context of its own: the other catalogue tests fill
 * theirs): generated for the seed ORP only, marked illustrative, searchable, and loaded once.
 */
@SpringBootTest(properties = "planovna.test.context=catalogue-demo")
class CatalogueDemoDataTest {

    @Autowired
    CatalogueServiceRepository services;

    @Autowired
    ProviderRepository providers;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueAdministration administration;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    CatalogueSearch search;

    @Autowired
    CatalogueQueries queries;

    @Test
    void theFirstStartFillsAnIllustrativeCatalogueOfTheSeedOrpAndTheSecondDoesNothing() {
        CatalogueDemoData demo = new CatalogueDemoData(services, providers, registerImport, administration, tx, null);
        // the demo catalogue fills an empty catalogue only, and runs on H2 only (profile demo & !postgres);
        // the PostgreSQL suite shares one database in which other tests have imported already
        Assumptions.assumeTrue(
                services.count() == 0, "needs an empty catalogue: a fresh H2 context, not the shared PostgreSQL one");

        long start = System.nanoTime();
        demo.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Demo catalogue loaded in " + millis + " ms");

        long count = services.count();
        assertThat(count).isEqualTo(CatalogueDemoData.SERVICES + 1);
        assertThat(queries.recentImports(5)).hasSize(1);
        Set<Integer> orps = new HashSet<>();
        tx.executeWithoutResult(s -> services.findAll().forEach(service -> orps.addAll(service.getSearchDistricts())));
        assertThat(orps).isSubsetOf(CatalogueDemoData.SEED_DISTRICTS).hasSizeGreaterThanOrEqualTo(4);
        assertThat(providers.findAll()).allMatch(Provider::illustrative);

        CatalogueSearchResult seniors =
                search.search(CatalogueSearchRequest.of("senioru", null, null, null, null, null, null));
        assertThat(seniors.illustrative()).isTrue();
        assertThat(seniors.hits()).anyMatch(h -> h.name().startsWith("Domov pro seniory"));
        CatalogueSearchResult debts =
                search.search(CatalogueSearchRequest.of("dluhy", null, null, "3108", null, null, null));
        assertThat(debts.hits())
                .extracting(CatalogueSearchResult.ServiceHit::name)
                .contains("Dluhová poradna Písek");
        assertThat(debts.hits().get(0).related()).isTrue();

        // the demo provider editor (DemoUsers, docs/demo-users.md) edits for a provider with services in Písek
        tx.executeWithoutResult(s -> assertThat(services.findByProviderIcoIn(Set.of("56044101")))
                .isNotEmpty()
                .anyMatch(service -> service.districtCode() == 3108));

        demo.load();
        assertThat(services.count()).isEqualTo(count);
        assertThat(queries.recentImports(5)).hasSize(1);
    }
}
