package cz.planovna.catalogue;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Register imports started from the administration: the upload is unpacked at once (so a bad
 * archive is answered in the form), the import itself runs on one background thread and logs its
 * progress in {@code catalogue_import_run}, where any page finds it. One import at a time: a start
 * while another runs (here, or one logged as running by another process) is refused. Callers check
 * permissions first.
 */
@Service
class RegisterImportJobs {

    private static final Logger log = LoggerFactory.getLogger(RegisterImportJobs.class);
    private static final int MAX_NAME = 200;

    /** A started import, or why none was started (a message key with its arguments). */
    record Start(Long runId, String refusalKey, Object[] refusalArguments) {

        static Start started(long runId) {
            return new Start(runId, null, new Object[0]);
        }

        static Start refused(String key, Object... arguments) {
            return new Start(null, key, arguments);
        }

        boolean isStarted() {
            return runId != null;
        }
    }

    private final RegisterImport registerImport;
    private final ImportRuns runs;
    private final Path uploadDir;
    private final long maxUnpackedBytes;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "register-import");
        thread.setDaemon(true);
        return thread;
    });

    RegisterImportJobs(
            RegisterImport registerImport,
            ImportRuns runs,
            @Value("${planovna.catalogue.import.upload-dir:${java.io.tmpdir}/planovna-register-uploads}")
                    Path uploadDir,
            @Value("${planovna.catalogue.import.max-unpacked-bytes:536870912}") long maxUnpackedBytes) {
        this.registerImport = registerImport;
        this.runs = runs;
        this.uploadDir = uploadDir;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /** The running import, if one is running. */
    Optional<ImportRunView> running() {
        return runs.running();
    }

    Start start(String originalName, InputStream upload) throws IOException {
        if (busy.get() || runs.running().isPresent()) {
            return Start.refused("catalogue.importUi.error.running");
        }
        Path folder;
        try {
            folder = RegisterUpload.unpack(originalName, upload, uploadDir, maxUnpackedBytes);
        } catch (RegisterUpload.Rejected e) {
            return Start.refused(e.messageKey(), e.arguments());
        }
        if (!busy.compareAndSet(false, true)) {
            RegisterUpload.deleteFolder(folder);
            return Start.refused("catalogue.importUi.error.running");
        }
        try {
            if (runs.running().isPresent()) {
                throw new IllegalStateException("another import is logged as running");
            }
            long runId = registerImport.startRun(displayName(originalName));
            worker.execute(() -> run(runId, folder));
            return Start.started(runId);
        } catch (IllegalStateException e) {
            busy.set(false);
            RegisterUpload.deleteFolder(folder);
            return Start.refused("catalogue.importUi.error.running");
        } catch (RuntimeException e) {
            busy.set(false);
            RegisterUpload.deleteFolder(folder);
            throw e;
        }
    }

    private void run(long runId, Path folder) {
        try {
            registerImport.importFolder(runId, folder);
        } catch (RuntimeException e) {
            // importFolder logs its own failures in the run; this is only for what escapes it
            log.error("Register import {} from the administration failed", runId, e);
        } finally {
            RegisterUpload.deleteFolder(folder);
            busy.set(false);
        }
    }

    private static String displayName(String originalName) {
        String name = originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
