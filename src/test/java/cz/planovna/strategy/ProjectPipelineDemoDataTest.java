package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo pipeline of Písek: ten illustrative projects in every state, created only once. */
@SpringBootTest
class ProjectPipelineDemoDataTest {

    @Autowired
    PlanRepository plans;

    @Autowired
    NodeRepository nodes;

    @Autowired
    AmendmentRepository amendments;

    @Autowired
    ChangeRepository changes;

    @Autowired
    ProjectRepository projects;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TransactionTemplate tx;

    @Test
    void pisekGetsTenIllustrativeProjectsInEveryStateOnlyOnce() {
        // the demo plans are written only into an ORP without plans; the shared PostgreSQL database
        // may hold Písek or Blatná plans of other tests already
        org.junit.jupiter.api.Assumptions.assumeTrue(
                plans.findByDistrictCode(StrategyDemoData.PISEK, org.springframework.data.domain.Pageable.unpaged())
                                .isEmpty()
                        && plans.findByDistrictCode(
                                        StrategyDemoData.BLATNA, org.springframework.data.domain.Pageable.unpaged())
                                .isEmpty(),
                "needs an empty database: a fresh H2 context, not the shared PostgreSQL one");
        new StrategyDemoData(plans, nodes, amendments, changes, territory, tx).run(null);
        ProjectPipelineDemoData demo = new ProjectPipelineDemoData(projects, plans, nodes, tx);

        demo.run(null);
        demo.run(null);

        assertThat(projects.countByDistrictCodeAndIllustrativeTrue(ProjectPipelineDemoData.PISEK))
                .isEqualTo(10);
        List<ProjectView> demoProjects =
                tx.execute(s -> projects.findByDistrictCode(ProjectPipelineDemoData.PISEK).stream()
                        .map(p -> p.toView(null))
                        .filter(ProjectView::illustrative)
                        .toList());
        Map<ProjectState, Long> byState =
                demoProjects.stream().collect(Collectors.groupingBy(ProjectView::state, Collectors.counting()));
        assertThat(byState)
                .containsEntry(ProjectState.IDEA, 3L)
                .containsEntry(ProjectState.PREPARED, 2L)
                .containsEntry(ProjectState.SUBMITTED, 1L)
                .containsEntry(ProjectState.FUNDED, 2L)
                .containsEntry(ProjectState.REJECTED, 2L);
        // every worked-out project is linked to a measure of a Písek plan and funded ones went all the way
        Map<String, ProjectView> byTitle =
                demoProjects.stream().collect(Collectors.toMap(ProjectView::title, Function.identity()));
        assertThat(demoProjects.stream().filter(p -> p.state().isPublic())).allMatch(p -> p.measureId() != null);
        long funded =
                byTitle.get("Pečovatelská služba pro Mirovicko a Čimelicko").id();
        List<ProjectEventView> history =
                tx.execute(s -> projects.findById(funded).orElseThrow().history());
        assertThat(history)
                .extracting(ProjectEventView::to)
                .containsExactly(ProjectState.FUNDED, ProjectState.SUBMITTED, ProjectState.PREPARED, ProjectState.IDEA);
    }
}
