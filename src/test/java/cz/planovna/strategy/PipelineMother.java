package cz.planovna.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Projects of the pipeline with unique names, stored through the repository, in any state. */
class PipelineMother {

    private final ProjectRepository projects;
    private final TransactionTemplate tx;

    PipelineMother(ProjectRepository projects, TransactionTemplate tx) {
        this.projects = projects;
        this.tx = tx;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static ProjectDetails details(String title, long cost, Long measureId) {
        return new ProjectDetails(
                title,
                "Obec Testov",
                "Jana Testová",
                "jana@example.cz",
                null,
                "Popis " + title,
                cost,
                List.of(),
                measureId,
                ProjectReadiness.INTENT,
                "Výzva IROP",
                "IROP 2021–2027",
                LocalDate.of(2030, 6, 30));
    }

    /** A project taken along the given states (each must follow the previous one). */
    long project(int orp, ProjectDetails details, ProjectState... path) {
        return tx.execute(s -> {
            PipelineProject p = new PipelineProject(orp, details, false, "test", Instant.now());
            for (ProjectState state : path) {
                p.moveTo(state, "test", "test", Instant.now());
            }
            return projects.save(p).id();
        });
    }

    long project(int orp, Long measureId, ProjectState... path) {
        return project(orp, details(unique("Projekt"), 1_000_000, measureId), path);
    }

    long version(long id) {
        return projects.findById(id).orElseThrow().version();
    }

    boolean exists(long id) {
        return projects.existsById(id);
    }

    ProjectState state(long id) {
        return projects.findById(id).orElseThrow().state();
    }
}
