package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New providers, services and facilities are written as rows ({@link NewRegisterRows}: {@code COPY}
 * on PostgreSQL, a JDBC batch on H2); records already stored still go through the entities. Both
 * must agree on ids and on what is stored.
 */
@SpringBootTest
class RegisterBulkWriteTest {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries catalogue;

    @Autowired
    ProviderRepository providers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path temp;

    @Test
    void idsFromTheSequenceBlocksNeverMeetTheIdsHibernateHandsOut() {
        Set<Long> fromBlocks = new HashSet<>();
        Set<Long> fromHibernate = new HashSet<>();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            NewRegisterRows.IdBlocks blocks =
                    new NewRegisterRows.IdBlocks(jdbc, new BulkRows(jdbc), "catalogue_provider_seq");
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 70; i++) {
                    assertThat(fromBlocks.add(blocks.next())).isTrue();
                }
                for (int i = 0; i < 70; i++) {
                    Provider saved = providers.saveAndFlush(
                            Provider.manual("Blokový poskytovatel " + round + "-" + i, null, PISEK, Instant.now()));
                    assertThat(fromHibernate.add(saved.id())).isTrue();
                }
            }
            status.setRollbackOnly();
        });

        assertThat(fromBlocks).hasSize(210).doesNotContainAnyElementsOf(fromHibernate);
        assertThat(fromHibernate).hasSize(210);
    }

    @Test
    void aServiceWrittenAsRowsIsUpdatedThroughItsEntityAndKeepsItsFacilities() {
        String tag = RegisterFolderMother.uniqueTag();
        String id = tag + "-rows";
        registerImport.importFolder(RegisterFolderMother.folder(
                temp.resolve("v1"), List.of(service(id).facility("Pobočka Mirotice", OBEC_MIROTICE))));
        ServiceDetail first = catalogue.serviceByRegisterId(id).orElseThrow();
        assertThat(first.version()).isZero();
        assertThat(first.facilities()).hasSize(2);
        List<Long> facilityIds = new ArrayList<>(
                first.facilities().stream().map(FacilityView::id).toList());

        ImportReport report = registerImport.importFolder(RegisterFolderMother.folder(
                temp.resolve("v2"),
                List.of(service(id)
                        .facility("Pobočka Mirotice", OBEC_MIROTICE)
                        .clearForms()
                        .form("pob", "luzka", 77))));

        assertThat(report.changedServices()).isEqualTo(1);
        ServiceDetail second = catalogue.serviceByRegisterId(id).orElseThrow();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.forms().get(0).capacities().get(0).amount()).isEqualTo(77);
        assertThat(second.facilities()).extracting(FacilityView::id).containsExactlyElementsOf(facilityIds);
        assertThat(second.provider().ico()).isEqualTo(first.provider().ico());
    }

    @Test
    void aProviderWrittenAsRowsIsStoredAsTheEntityWouldStoreIt() {
        String tag = RegisterFolderMother.uniqueTag();
        String id = tag + "-provider";
        registerImport.importFolder(RegisterFolderMother.folder(temp.resolve("p"), List.of(service(id))));

        ServiceDetail stored = catalogue.serviceByRegisterId(id).orElseThrow();
        Provider provider = providers
                .findById(jdbc.queryForObject(
                        "select provider_id from catalogue_service where register_id = ?", Long.class, id))
                .orElseThrow();
        assertThat(provider.ico()).isEqualTo(RegisterFolderMother.ServiceJson.icoFor(id));
        assertThat(provider.illustrative()).isFalse();
        assertThat(stored.provider().name()).isEqualTo("Poskytovatel " + id);
        assertThat(stored.provider().ico()).isEqualTo(provider.ico());
        assertThat(jdbc.queryForObject(
                        "select source from catalogue_provider where ico = ?", String.class, provider.ico()))
                .isEqualTo(RecordSource.REGISTER.name());
    }
}
