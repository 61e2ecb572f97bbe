package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The index follows the imports: of this process at once, of another process on the next search. */
@SpringBootTest
class CatalogueIndexerTest {

    @Autowired
    CatalogueIndexer indexer;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueServiceRepository services;

    @Autowired
    CatalogueSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportHereIsIndexedAtOnce() {
        ImportReport report = CatalogueMother.tagged().importInto(registerImport);
        assertThat(indexer.indexedRun()).isEqualTo(report.runId());
        assertThat(indexer.indexedDocuments()).isEqualTo(services.count());
    }

    @Test
    void anImportAppliedByAnotherProcessIsIndexedAfterTheNextSearch() throws Exception {
        CatalogueMother.tagged().importInto(registerImport);
        // what the command line leaves behind when it imports while the application runs
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        jdbc.sql("insert into catalogue_import_run (file_name, started_at, heartbeat_at, finished_at, status, phase)"
                        + " values ('elsewhere', ?, ?, ?, 'APPLIED', 'DONE')")
                .params(now, now, now)
                .update();
        long latest = jdbc.sql("select max(id) from catalogue_import_run")
                .query(Long.class)
                .single();
        assertThat(indexer.indexedRun()).isLessThan(latest);

        indexer.forgetLastCheck();
        search.search(CatalogueSearchRequest.all());

        long deadline = System.currentTimeMillis() + 20_000;
        while (indexer.indexedRun() < latest && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(indexer.indexedRun()).isEqualTo(latest);
    }
}
