package cz.planovna.catalogue;

import cz.planovna.territory.TerritoryQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the register's open data ({@code rpss.json} with its code lists) into the catalogue.
 *
 * <ol>
 *   <li>The file is read once completely, without writing anything: if it is not UTF-8, not
 *       complete JSON or has no {@code polozky}, it is refused as a whole.
 *   <li>It is read a second time and applied in one transaction; a failure or a killed process
 *       leaves the previous catalogue as it was.
 * </ol>
 *
 * Each run is logged ({@link CatalogueQueries#importRun(long)}) with its progress, rejected records
 * and diff. Callers check permissions first.
 */
@Service
public class RegisterImport {

    public static final String REGISTER_FILE = "rpss.json";
    static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    private final RegisterApplier applier;
    private final ImportRuns runs;
    private final TerritoryQueries territory;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate importTransaction;
    private final Clock clock;
    private final long maxFileBytes;
    private final ActSections sections = ActSections.bundled();

    RegisterImport(
            RegisterApplier applier,
            ImportRuns runs,
            TerritoryQueries territory,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock,
            @Value("${planovna.catalogue.import.max-file-bytes:1073741824}") long maxFileBytes) {
        this.applier = applier;
        this.runs = runs;
        this.territory = territory;
        this.events = events;
        this.importTransaction = new TransactionTemplate(transactions);
        // always its own transaction, even when a caller has one open: all or nothing
        this.importTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(() -> Clock.system(PRAGUE));
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * @param location a folder with {@code rpss.json} and the code-list files, or the JSON file
     *     itself with the code lists beside it
     */
    public ImportReport importFolder(Path location) {
        return importFolder(startRun(registerFile(location).toAbsolutePath().toString()), location);
    }

    /** Logs a new RUNNING run (shown in progress at once); {@link #importFolder(long, Path)} does the work. */
    long startRun(String fileName) {
        return runs.start(fileName);
    }

    /** Imports into a run started with {@link #startRun(String)}, e.g. on a background thread. */
    ImportReport importFolder(long runId, Path location) {
        Path file = registerFile(location);
        Path folder = file.toAbsolutePath().getParent();
        try {
            checkSize(file);
            long start = System.nanoTime();
            RegisterCodeLists codes = RegisterCodeLists.load(folder, sections);
            long checkStart = System.nanoTime();
            CheckedFile checked = check(runId, file);
            long applyStart = System.nanoTime();
            TerritoryLookup lookup = TerritoryLookup.of(territory);
            Instant now = clock.instant();
            RegisterApplier.Request request = new RegisterApplier.Request(
                    runId, file, checked, codes, lookup, LocalDate.ofInstant(now, PRAGUE), now);
            ImportOutcome outcome = applyInOneTransaction(request);
            long applied = System.nanoTime();
            runs.applied(runId, checked.sha256(), outcome);
            log.info(
                    "Register import {} phases: code lists {} ms, first reading (check) {} ms, second reading"
                            + " and writes in one transaction incl. commit {} ms, run log {} ms",
                    runId,
                    (checkStart - start) / 1_000_000,
                    (applyStart - checkStart) / 1_000_000,
                    (applied - applyStart) / 1_000_000,
                    (System.nanoTime() - applied) / 1_000_000);
            log.info(
                    "Register import {} applied: {} new, {} changed, {} ended, {} rejected",
                    runId,
                    outcome.newServices(),
                    outcome.changedServices(),
                    outcome.endedServices(),
                    outcome.recordsRejected());
        } catch (RegisterFileRefused e) {
            log.warn("Register import {} refused: {}", runId, e.getMessage());
            runs.notApplied(runId, ImportStatus.REFUSED, e);
        } catch (RuntimeException e) {
            log.error("Register import {} failed and was rolled back", runId, e);
            runs.notApplied(runId, ImportStatus.FAILED, RefusalReason.INTERNAL_ERROR, e.toString(), List.of());
        }
        ImportReport report = report(runId);
        if (report.applied()) {
            Set<Integer> districts =
                    report.districts().stream().map(DistrictDiff::districtCode).collect(Collectors.toSet());
            events.publishEvent(new RegisterImported(
                    runId, report.newServices(), report.changedServices(), report.endedServices(), districts));
        }
        return report;
    }

    private static Path registerFile(Path location) {
        return Files.isDirectory(location) ? location.resolve(REGISTER_FILE) : location;
    }

    ImportReport report(long runId) {
        Map<Integer, String> names =
                territory.districts().stream().collect(Collectors.toMap(d -> d.code(), d -> d.name()));
        return runs.report(runId, names).orElseThrow();
    }

    private void checkSize(Path file) throws RegisterFileRefused {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new RegisterFileRefused(RefusalReason.TOO_LARGE, size + " > " + maxFileBytes + " B");
            }
        } catch (IOException e) {
            throw new RegisterFileRefused(RefusalReason.FILE_MISSING, file.toString());
        }
    }

    /** The first reading: the whole file must be readable before anything is written. */
    private CheckedFile check(long runId, Path file) throws RegisterFileRefused {
        Set<String> identifiers = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        int records = 0;
        String sha256;
        try (RegisterItems items = RegisterItems.open(file)) {
            while (items.skip()) {
                records++;
                String identifier = items.skippedIdentifier();
                if (identifier != null && !identifiers.add(identifier)) {
                    duplicates.add(identifier);
                }
                if (records % 1000 == 0) {
                    runs.progress(runId, ImportPhase.CHECKING, 0, records);
                }
            }
            sha256 = items.sha256Hex();
        }
        if (records == 0) {
            throw new RegisterFileRefused(RefusalReason.NO_RECORDS, null);
        }
        runs.progress(runId, ImportPhase.APPLYING, records, 0);
        return new CheckedFile(records, Set.copyOf(duplicates), sha256);
    }

    private ImportOutcome applyInOneTransaction(RegisterApplier.Request request) throws RegisterFileRefused {
        try {
            return importTransaction.execute(status -> {
                try {
                    return applier.apply(request);
                } catch (RegisterFileRefused e) {
                    throw new RefusedInTransaction(e);
                }
            });
        } catch (RefusedInTransaction e) {
            throw e.refusal;
        }
    }

    /** Carries a refusal out of the transaction callback so that the transaction rolls back. */
    private static final class RefusedInTransaction extends RuntimeException {
        private final RegisterFileRefused refusal;

        RefusedInTransaction(RegisterFileRefused refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
