package cz.planovna.strategy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of the project pipeline, for those who edit an ORP's planning (EDIT_PLANNING). Every
 * change is checked against the version the form showed and written to the project's history. A
 * project may be linked only to a current measure of one of the ORP's own plans.
 */
@Service
@Transactional
public class ProjectPipelineService {

    private final ProjectRepository projects;
    private final ProjectPipelineQueries queries;
    private final StrategyAccess access;
    private final Clock clock;

    ProjectPipelineService(
            ProjectRepository projects,
            ProjectPipelineQueries queries,
            StrategyAccess access,
            ObjectProvider<Clock> clock) {
        this.projects = projects;
        this.queries = queries;
        this.access = access;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    public long create(int code, ProjectDetails details) {
        access.check(code, Action.EDIT_PLANNING);
        checkMeasure(code, details.measureId(), null);
        try {
            return projects.save(new PipelineProject(code, details, false, access.userName(), now()))
                    .id();
        } catch (IllegalArgumentException e) {
            throw new FormRejectedException(null, "strategy.project.validation.invalid");
        }
    }

    public void update(int code, long id, long version, ProjectDetails details) {
        access.check(code, Action.EDIT_PLANNING);
        PipelineProject project = find(code, id);
        if (project.version() != version) {
            throw new StaleEditException(
                    project.title(), details.title(), project.title(), PipelineUrls.project(code, id), false);
        }
        checkMeasure(code, details.measureId(), project.measureId());
        try {
            project.change(details, access.userName(), now());
        } catch (IllegalArgumentException e) {
            throw new FormRejectedException(null, "strategy.project.validation.invalid");
        }
    }

    /**
     * Moves a project to another state. A project is prepared only with a measure and submitted
     * only with the funding call named; other transitions than {@link ProjectState#next()} are
     * refused.
     */
    public void transition(int code, long id, long version, ProjectState target, String note) {
        access.check(code, Action.EDIT_PLANNING);
        PipelineProject project = find(code, id);
        if (project.version() != version) {
            throw new StaleEditException(
                    project.title(),
                    target.messageKey(),
                    project.state().messageKey(),
                    PipelineUrls.project(code, id),
                    true);
        }
        if (!project.state().mayBecome(target)) {
            throw new FormRejectedException("target", "strategy.project.validation.transition");
        }
        if (target == ProjectState.PREPARED && project.measureId() == null) {
            throw new FormRejectedException("target", "strategy.project.validation.prepare.measure");
        }
        if (target == ProjectState.SUBMITTED && project.callName() == null) {
            throw new FormRejectedException("target", "strategy.project.validation.submit.call");
        }
        if (note != null && note.strip().length() > PipelineProject.NOTE_MAX) {
            throw new FormRejectedException("note", "strategy.validation.text.long");
        }
        project.moveTo(target, note, access.userName(), now());
    }

    /** Deletes an idea; a project that went further is rejected instead and keeps its history. */
    public void delete(int code, long id, long version) {
        access.check(code, Action.EDIT_PLANNING);
        PipelineProject project = find(code, id);
        if (project.version() != version) {
            throw new StaleEditException(project.title(), null, project.title(), PipelineUrls.project(code, id), false);
        }
        if (!project.state().deletable()) {
            throw new FormRejectedException(null, "strategy.project.validation.delete.state");
        }
        projects.delete(project);
    }

    /** A measure of the ORP's plans, or the one the project had (even if removed since). */
    private void checkMeasure(int code, Long measureId, Long current) {
        if (measureId == null || Objects.equals(measureId, current)) {
            return;
        }
        boolean known = queries.measureOptions(code).stream().anyMatch(m -> m.id() == measureId);
        if (!known) {
            throw new FormRejectedException("measureId", "strategy.project.validation.measure.foreign");
        }
    }

    private PipelineProject find(int code, long id) {
        return projects.findByIdAndDistrictCode(id, code).orElseThrow(() -> new NotFoundException("project " + id));
    }

    private Instant now() {
        return clock.instant();
    }
}
