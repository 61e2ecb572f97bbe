package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The run log an admin page will show, and the event other modules can react to. */
@SpringBootTest
@RecordApplicationEvents
class ImportRunLogTest {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries catalogue;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void anAppliedImportIsLoggedAndAnnounced(@Autowired ApplicationEvents events) {
        ImportReport report =
                registerImport.importFolder(RegisterFolderMother.sample(temp, RegisterFolderMother.uniqueTag()));

        ImportRunView run = catalogue.importProgress(report.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(run.phase()).isEqualTo(ImportPhase.DONE);
        assertThat(run.recordsTotal()).isEqualTo(5);
        assertThat(run.recordsProcessed()).isEqualTo(5);
        assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
        assertThat(run.fileName()).endsWith("rpss.json");
        assertThat(catalogue.recentImports(3)).first().isEqualTo(run);
        assertThat(events.stream(RegisterImported.class)).singleElement().satisfies(e -> {
            assertThat(e.runId()).isEqualTo(report.runId());
            assertThat(e.newServices()).isEqualTo(4);
            assertThat(e.districts()).contains(3108, 3101, 3103, 3202);
        });
    }

    @Test
    void aRefusedImportIsLoggedButNotAnnounced(@Autowired ApplicationEvents events) {
        Path folder = RegisterFolderMother.replaceText(
                RegisterFolderMother.sample(temp, RegisterFolderMother.uniqueTag()), "{}");

        ImportReport report = registerImport.importFolder(folder);

        assertThat(catalogue.importProgress(report.runId()).orElseThrow().status())
                .isEqualTo(ImportStatus.REFUSED);
        assertThat(events.stream(RegisterImported.class)).isEmpty();
    }

    @Test
    void aRunThatWentSilentWasInterrupted() {
        long fresh = runs.start("/data/fresh/rpss.json");
        long killed = runs.start("/data/killed/rpss.json");
        jdbc.update(
                "update catalogue_import_run set heartbeat_at = ? where id = ?",
                ImportRuns.ts(Instant.now().minus(1, ChronoUnit.HOURS)),
                killed);

        assertThat(catalogue.importProgress(fresh).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(catalogue.importProgress(killed).orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(catalogue.importProgress(killed).orElseThrow().percent()).isZero();
    }
}
