package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The import applies in one transaction: nothing of it is visible before the commit, a failure half
 * way leaves the previous catalogue as it was, and the progress is committed on its own meanwhile.
 * The progress bookkeeping is spied on to act in the middle of an import.
 */
@SpringBootTest
class ImportTransactionTest {

    static final int SERVICES = 3 * RegisterApplier.PROGRESS_EVERY;

    @MockitoSpyBean
    ImportRuns runs;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries catalogue;

    @TempDir
    Path temp;

    final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        otherThread.shutdownNow();
        reset(runs);
    }

    @Test
    void aFailureHalfWayLeavesThePreviousCatalogue() {
        String tag = RegisterFolderMother.uniqueTag();
        registerImport.importFolder(RegisterFolderMother.sample(temp.resolve("before"), tag));
        CatalogueTotals before = catalogue.totals();
        ServiceDetail home = catalogue.serviceByRegisterId(tag + "-9000011").orElseThrow();
        // after 500 records (five flushes of inserts) the "disk" fails
        doAnswer(call -> {
                    throw new IllegalStateException("disk full");
                })
                .when(runs)
                .progress(anyLong(), eq(ImportPhase.APPLYING), anyInt(), eq(2 * RegisterApplier.PROGRESS_EVERY));

        ImportReport report =
                registerImport.importFolder(RegisterFolderMother.folder(temp.resolve("new"), services(tag)));

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.refusalReason()).isEqualTo(RefusalReason.INTERNAL_ERROR);
        assertThat(report.refusalDetail()).contains("disk full");
        assertThat(catalogue.totals()).isEqualTo(before);
        assertThat(catalogue.serviceByRegisterId(tag + "-1")).isEmpty();
        assertThat(catalogue.serviceByRegisterId(tag + "-9000011")).contains(home);
    }

    @Test
    void progressIsVisibleWhileTheImportIsNotYet() {
        String tag = RegisterFolderMother.uniqueTag();
        registerImport.importFolder(RegisterFolderMother.sample(temp.resolve("before"), tag));
        CatalogueTotals before = catalogue.totals();
        List<ImportRunView> seen = new ArrayList<>();
        List<CatalogueTotals> totalsSeen = new ArrayList<>();
        doAnswer(call -> {
                    call.callRealMethod();
                    long runId = call.getArgument(0);
                    // another thread, another transaction: what a polling progress bar would see
                    seen.add(otherThread
                            .submit(() -> catalogue.importProgress(runId).orElseThrow())
                            .get());
                    totalsSeen.add(otherThread.submit(() -> catalogue.totals()).get());
                    return null;
                })
                .when(runs)
                .progress(anyLong(), eq(ImportPhase.APPLYING), anyInt(), anyInt());

        ImportReport report =
                registerImport.importFolder(RegisterFolderMother.folder(temp.resolve("new"), services(tag)));

        assertThat(report.applied()).isTrue();
        assertThat(seen)
                .extracting(ImportRunView::recordsProcessed)
                .containsExactly(0, RegisterApplier.PROGRESS_EVERY, 2 * RegisterApplier.PROGRESS_EVERY, SERVICES);
        assertThat(seen).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(ImportStatus.RUNNING);
            assertThat(v.recordsTotal()).isEqualTo(SERVICES);
        });
        assertThat(seen.get(1).percent()).isEqualTo(33);
        assertThat(totalsSeen).containsOnly(before);
        assertThat(catalogue.totals()).isNotEqualTo(before);
    }

    private static List<RegisterFolderMother.ServiceJson> services(String tag) {
        return IntStream.rangeClosed(1, SERVICES)
                .mapToObj(i -> service(tag + "-" + i))
                .toList();
    }
}
