package cz.planovna.catalogue;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.Htmx;
import cz.planovna.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register import in the administration (system administrators only, i.e. whoever may
 * administer every territory): upload of the export as a ZIP, the running import with a progress
 * bar polled by htmx, the report of a finished run and the list of past runs. The run lives in the
 * database, so a reload or another browser shows the same run.
 */
@Controller
@RequestMapping(ImportAdminController.PATH)
class ImportAdminController {

    static final String PATH = "/admin/katalog/import";
    static final int RUNS_PER_PAGE = 20;
    static final int ISSUES_PER_PAGE = 50;
    static final int DISTRICTS_PER_PAGE = 25;

    private final RegisterImportJobs jobs;
    private final CatalogueQueries queries;
    private final TerritoryAccess access;
    private final CurrentUsers users;
    private final CzechFormats fmt;
    private final DataSize maxUpload;

    ImportAdminController(
            RegisterImportJobs jobs,
            CatalogueQueries queries,
            TerritoryAccess access,
            CurrentUsers users,
            CzechFormats fmt,
            @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxUpload) {
        this.jobs = jobs;
        this.queries = queries;
        this.access = access;
        this.users = users;
        this.fmt = fmt;
        this.maxUpload = maxUpload;
    }

    @GetMapping
    String overview(@RequestParam(name = "strana", defaultValue = "1") int page, Model model) {
        requireAdmin();
        return overviewPage(page, model);
    }

    @PostMapping
    String upload(
            @RequestParam(name = "soubor", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        requireAdmin();
        if (file == null || file.isEmpty()) {
            return refused("catalogue.importUi.error.noFile", new Object[0], model, response);
        }
        RegisterImportJobs.Start start;
        try (InputStream in = file.getInputStream()) {
            start = jobs.start(file.getOriginalFilename(), in);
        }
        if (!start.isStarted()) {
            return refused(start.refusalKey(), start.refusalArguments(), model, response);
        }
        return "redirect:" + PATH + "/" + start.runId();
    }

    @GetMapping("/{id}")
    String run(
            @PathVariable long id,
            @RequestParam(name = "zaznamy", defaultValue = "1") int issuePage,
            @RequestParam(name = "orp", defaultValue = "1") int districtPage,
            Model model) {
        requireAdmin();
        ImportRunView run = queries.importProgress(id).orElseThrow(() -> new NotFoundException("import run " + id));
        model.addAttribute("run", run);
        if (run.status() != ImportStatus.RUNNING) {
            ImportReport report = queries.importRun(id).orElseThrow(() -> new NotFoundException("import run " + id));
            Page<RecordIssue> issues = slice(report.issues(), issuePage, ISSUES_PER_PAGE);
            Page<DistrictDiff> districts = slice(report.districts(), districtPage, DISTRICTS_PER_PAGE);
            model.addAttribute("report", report);
            model.addAttribute("issues", issues);
            model.addAttribute("issuePages", pageWindow(issues));
            model.addAttribute("districts", districts);
            model.addAttribute("districtPages", pageWindow(districts));
        }
        return "catalogue/import-run";
    }

    /** The progress fragment htmx polls; when the run has finished, the whole page is reloaded. */
    @GetMapping("/{id}/prubeh")
    String progress(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        requireAdmin();
        ImportRunView run = queries.importProgress(id).orElseThrow(() -> new NotFoundException("import run " + id));
        if (run.status() != ImportStatus.RUNNING) {
            if (Htmx.isHtmxRequest(request)) {
                response.setHeader("HX-Refresh", "true");
            } else {
                return "redirect:" + PATH + "/" + id;
            }
        }
        model.addAttribute("run", run);
        return "catalogue/import-fragments :: progress";
    }

    private String refused(String key, Object[] arguments, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("uploadError", key);
        model.addAttribute("uploadErrorArguments", arguments);
        return overviewPage(1, model);
    }

    private String overviewPage(int page, Model model) {
        Page<ImportRunView> runs = queries.importRuns(Math.max(1, page) - 1, RUNS_PER_PAGE);
        model.addAttribute("running", queries.runningImport().orElse(null));
        model.addAttribute("runs", runs);
        model.addAttribute("pageNumbers", pageWindow(runs));
        model.addAttribute("maxUpload", fmt.fileSize(maxUpload.toBytes()));
        return "catalogue/import";
    }

    private void requireAdmin() {
        if (!access.scope(users.current(), Action.ADMINISTER_TERRITORY).everything()) {
            throw new AccessDeniedException("the register import is for system administrators");
        }
    }

    /** One page (1-based {@code page}) of a list already in memory. */
    static <T> Page<T> slice(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(1, page), pages) - 1;
        int from = number * size;
        return new PageImpl<>(
                all.subList(from, Math.min(all.size(), from + size)), PageRequest.of(number, size), all.size());
    }

    /** Up to seven page links around the current page (1-based). */
    static List<Integer> pageWindow(Page<?> page) {
        int current = page.getNumber() + 1;
        int first = Math.max(1, current - 3);
        int last = Math.min(page.getTotalPages(), current + 3);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
