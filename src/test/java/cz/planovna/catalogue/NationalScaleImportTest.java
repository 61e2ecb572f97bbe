package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A generated register of 2,000 services goes through the whole import (not timed here: the
 * benchmark measures the national scale). The import holds one record at a time, so the size only
 * costs time.
 */
@SpringBootTest
class NationalScaleImportTest {

    static final int SERVICES = 2_000;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries catalogue;

    @TempDir
    Path temp;

    @Test
    void generatedRegisterImportsCompletelyAndAgainWithoutChanges() throws Exception {
        long firstPortalId = 1_000_000_000L + ThreadLocalRandom.current().nextLong(8_000_000_000L);
        GeneratedRegister generated =
                new RegisterGenerator().generate(temp, new RegisterGenerator.Options(SERVICES, 7, firstPortalId));

        ImportReport first = registerImport.importFolder(generated.folder());

        assertThat(first.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(first.recordsInFile()).isEqualTo(SERVICES);
        assertThat(first.recordsAccepted()).isEqualTo(SERVICES);
        assertThat(first.issues()).isEmpty();
        assertThat(first.newServices()).isEqualTo(SERVICES - generated.endedServices());
        assertThat(catalogue.totals().activeServices()).isGreaterThanOrEqualTo(SERVICES - generated.endedServices());
        // every active service is counted in each ORP where it has a facility
        long perDistrict = catalogue.activeServicesPerDistrict().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(perDistrict).isGreaterThanOrEqualTo(SERVICES - generated.endedServices());
        assertThat(catalogue.activeServicesPerDistrict().size()).isGreaterThan(150);
        ImportRunView run = catalogue.importProgress(first.runId()).orElseThrow();
        assertThat(run.phase()).isEqualTo(ImportPhase.DONE);
        assertThat(run.recordsProcessed()).isEqualTo(SERVICES);
        assertThat(run.percent()).isEqualTo(100);

        ImportReport again = registerImport.importFolder(generated.folder());

        assertThat(again.recordsUnchanged()).isEqualTo(SERVICES);
        assertThat(again.districts()).isEmpty();
    }
}
