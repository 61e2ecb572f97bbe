package cz.planovna.strategy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.PlanDocumentFile.Format;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates plan documents in the background: the coordinator's request only records a run and
 * returns; one worker thread builds the model and writes PDF, DOCX and XLSX, reporting progress
 * in {@code strategy_document}, where any page (or a reload) finds it. The worker acts with the
 * security context of the coordinator who asked, so the section providers see what they see.
 */
@Service
class PlanDocumentJobs {

    static final int HISTORY = 10;
    static final List<PlanState> PUBLIC_STATES = java.util.Arrays.stream(PlanState.values())
            .filter(PlanState::isPublic)
            .toList();
    private static final Logger log = LoggerFactory.getLogger(PlanDocumentJobs.class);

    private final PlanDocumentRunRepository runs;
    private final PlanDocumentFileRepository files;
    private final PlanRepository plans;
    private final StrategyAccess access;
    private final StrategyQueries queries;
    private final PlanDocumentGenerator generator;
    private final PlanPdfWriter pdf;
    private final PlanDocxWriter docx;
    private final PlanXlsxWriter xlsx;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "plan-document");
        thread.setDaemon(true);
        return thread;
    });

    PlanDocumentJobs(
            PlanDocumentRunRepository runs,
            PlanDocumentFileRepository files,
            PlanRepository plans,
            StrategyAccess access,
            StrategyQueries queries,
            PlanDocumentGenerator generator,
            PlanPdfWriter pdf,
            PlanDocxWriter docx,
            PlanXlsxWriter xlsx,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.runs = runs;
        this.files = files;
        this.plans = plans;
        this.access = access;
        this.queries = queries;
        this.generator = generator;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
        this.tx = tx;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /**
     * Starts a generation of the plan's document, or returns the one already running for it.
     * Refuses (403) who may not edit the ORP's plans.
     */
    long start(int code, long planId) {
        access.check(code, Action.EDIT_PLANNING);
        long[] started = tx.execute(t -> {
            PlanSummary plan = plan(code, planId);
            Optional<PlanDocumentRun> running =
                    runs.findFirstByPlanIdAndStateOrderByIdDesc(planId, PlanDocumentRun.State.RUNNING);
            if (running.isPresent() && running.get().toView(clock.instant()).running()) {
                return new long[] {running.get().id(), 0};
            }
            return new long[] {
                runs.save(new PlanDocumentRun(plan, access.userName(), clock.instant()))
                        .id(),
                1
            };
        });
        long id = started[0];
        if (started[1] == 1) {
            worker.execute(new DelegatingSecurityContextRunnable(() -> run(id, code, planId)));
        }
        return id;
    }

    /** Builds and stores the three files; any failure ends the run as FAILED with the reason logged. */
    void run(long id, int code, long planId) {
        try {
            progress(id, "model", 5);
            tx.executeWithoutResult(t -> runs.findById(id).orElseThrow().generatedFrom(plan(code, planId)));
            PlanDocumentModel model = generator.model(code, planId);
            PlanDocumentModel typeset = model.typeset();
            progress(id, "pdf", 25);
            byte[] pdfBytes = pdf.write(typeset);
            progress(id, "docx", 70);
            byte[] docxBytes = docx.write(typeset);
            progress(id, "xlsx", 85);
            byte[] xlsxBytes = xlsx.write(model);
            progress(id, "store", 95);
            int pages = pageCount(pdfBytes);
            tx.executeWithoutResult(t -> {
                files.save(new PlanDocumentFile(id, Format.PDF, pdfBytes));
                files.save(new PlanDocumentFile(id, Format.DOCX, docxBytes));
                files.save(new PlanDocumentFile(id, Format.XLSX, xlsxBytes));
                runs.findById(id).orElseThrow().done(pages, clock.instant());
            });
        } catch (RuntimeException e) {
            log.warn("Plan document {} of plan {} failed", id, planId, e);
            tx.executeWithoutResult(t -> runs.findById(id)
                    .ifPresent(r -> r.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant())));
        }
    }

    private void progress(long id, String step, int percent) {
        tx.executeWithoutResult(t -> runs.findById(id).orElseThrow().progress(step, percent));
    }

    /** A run of the plan; for the ORP's team. */
    PlanDocumentView run(int code, long planId, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return runs.findByIdAndPlanIdAndDistrictCode(id, planId, code)
                .orElseThrow(() -> new NotFoundException("document " + id))
                .toView(clock.instant());
    }

    /** The latest runs of the plan, newest first; for the ORP's team. */
    List<PlanDocumentView> history(int code, long planId) {
        access.check(code, Action.VIEW_INTERNAL);
        plan(code, planId);
        return runs.findByPlanIdOrderByIdDesc(planId, PageRequest.of(0, HISTORY)).stream()
                .map(r -> r.toView(clock.instant()))
                .toList();
    }

    /** A file of a finished run; for the ORP's team. */
    byte[] file(int code, long planId, long id, Format format) {
        PlanDocumentView run = run(code, planId, id);
        if (!run.done()) {
            throw new NotFoundException("document " + id + " is not finished");
        }
        return files.findById(new PlanDocumentFile.Key(id, format.name()))
                .orElseThrow(() -> new NotFoundException("document " + id + " " + format))
                .content();
    }

    /**
     * The latest finished document of the public plan of an ORP (the one its public page shows, or
     * the chosen public plan): drafts are never found, whoever asks.
     */
    Optional<PlanDocumentView> publicDocument(int code, Long planId) {
        return queries.publicPlan(code, planId)
                .flatMap(page -> latestDone(page.plan().id()));
    }

    /**
     * The latest finished document of a plan the caller has already found public, among those
     * generated while the plan itself was public: a document generated from a draft is never
     * published, even after the plan was (then the latest eligible one, or none).
     */
    Optional<PlanDocumentView> latestDone(long planId) {
        return runs.findFirstByPlanIdAndStateAndPlanStateInOrderByIdDesc(
                        planId, PlanDocumentRun.State.DONE, PUBLIC_STATES)
                .map(r -> r.toView(clock.instant()));
    }

    byte[] publicFile(int code, Long planId, Format format) {
        PlanDocumentView run =
                publicDocument(code, planId).orElseThrow(() -> new NotFoundException("no public document"));
        return files.findById(new PlanDocumentFile.Key(run.id(), format.name()))
                .orElseThrow(() -> new NotFoundException("document " + run.id() + " " + format))
                .content();
    }

    private PlanSummary plan(int code, long planId) {
        return plans.findByIdAndDistrictCode(planId, code)
                .orElseThrow(() -> new NotFoundException("plan " + planId))
                .toSummary();
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
