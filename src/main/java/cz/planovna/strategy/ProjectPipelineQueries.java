package cz.planovna.strategy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the project pipeline (zásobník projektů) of an ORP: the coordinator's list, detail and
 * export (VIEW_INTERNAL), the public list (prepared, submitted and funded projects only) and the
 * projects of one measure. An ORP's pipeline holds tens of projects, so lists are filtered and
 * sorted in memory, names in Czech order. The plan document reads {@link #pipeline(int)}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectPipelineQueries {

    public static final int PAGE_SIZE = 20;

    private final ProjectRepository projects;
    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final StrategyService strategy;
    private final StrategyAccess access;

    ProjectPipelineQueries(
            ProjectRepository projects,
            PlanRepository plans,
            NodeRepository nodes,
            StrategyService strategy,
            StrategyAccess access) {
        this.projects = projects;
        this.plans = plans;
        this.nodes = nodes;
        this.strategy = strategy;
        this.access = access;
    }

    public OrpView orp(int code) {
        return access.orp(code);
    }

    public boolean mayEdit(int code) {
        return access.may(code, Action.EDIT_PLANNING);
    }

    /** Refuses (403, or the login page) who may not edit the ORP's pipeline. */
    public void checkEditing(int code) {
        access.check(code, Action.EDIT_PLANNING);
    }

    /** One page of the coordinator's list. */
    public Page<ProjectView> list(int code, PipelineFilter filter, int page) {
        return page(all(code, filter), page);
    }

    /** Every project matching the filter, in its order (the export). */
    public List<ProjectView> all(int code, PipelineFilter filter) {
        access.check(code, Action.VIEW_INTERNAL);
        return views(code, projects.findByDistrictCode(code)).stream()
                .filter(filter::matches)
                .sorted(order(filter.sort()))
                .toList();
    }

    /** The whole pipeline in Czech order of names, for the plan document (VIEW_INTERNAL). */
    public List<ProjectView> pipeline(int code) {
        return all(code, PipelineFilter.none());
    }

    /** What the public sees: prepared, submitted and funded projects, never ideas or rejected ones. */
    public List<ProjectView> publicPipeline(int code, PipelineFilter.Sort sort) {
        access.orp(code);
        return views(code, projects.findByDistrictCodeAndStateIn(code, ProjectState.PUBLIC)).stream()
                .sorted(order(sort))
                .toList();
    }

    public Page<ProjectView> publicList(int code, PipelineFilter.Sort sort, int page) {
        return page(publicPipeline(code, sort), page);
    }

    public ProjectView project(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return views(code, List.of(find(code, id))).get(0);
    }

    /** The project's history, newest first. */
    public List<ProjectEventView> history(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return find(code, id).history();
    }

    /**
     * The measures a project may be linked to: those of every plan of the ORP (newest plan first),
     * in tree order, numbered "1.2.3".
     */
    public List<MeasureOption> measures(int code) {
        access.check(code, Action.VIEW_INTERNAL);
        return measureOptions(code);
    }

    /**
     * The projects linked to a measure with their total cost, for the measure in the plan tree:
     * the ORP's team sees all of them, everyone else only the public ones.
     */
    public MeasureProjects forMeasure(int code, long measureId) {
        boolean internal = access.may(code, Action.VIEW_INTERNAL);
        List<PipelineProject> linked = projects.findByDistrictCodeAndMeasureId(code, measureId).stream()
                .filter(p -> internal || p.state().isPublic())
                .toList();
        List<ProjectView> views = views(code, linked).stream()
                .sorted(order(PipelineFilter.Sort.NAME))
                .toList();
        return new MeasureProjects(
                views,
                views.stream()
                        .filter(p -> p.state() != ProjectState.REJECTED)
                        .mapToLong(ProjectView::estimatedCost)
                        .sum(),
                internal);
    }

    List<MeasureOption> measureOptions(int code) {
        List<MeasureOption> options = new ArrayList<>();
        plans.findByDistrictCode(code, Pageable.unpaged()).stream()
                .sorted(Comparator.comparingInt(StrategicPlan::yearFrom)
                        .reversed()
                        .thenComparing(StrategicPlan::id, Comparator.reverseOrder()))
                .forEach(plan -> strategy.tree(plan.id()).forEach(n -> {
                    if (n.isMeasure()) {
                        options.add(new MeasureOption(
                                n.id(),
                                plan.id(),
                                plan.title(),
                                n.number(),
                                n.title(),
                                false,
                                plan.state().isPublic()));
                    }
                }));
        return options;
    }

    private List<ProjectView> views(int code, List<PipelineProject> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, MeasureOption> measures = new LinkedHashMap<>();
        Set<Long> wanted = list.stream()
                .map(PipelineProject::measureId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (!wanted.isEmpty()) {
            measureOptions(code).forEach(m -> measures.put(m.id(), m));
            wanted.stream()
                    .filter(id -> !measures.containsKey(id))
                    .forEach(id -> nodes.findById(id)
                            .ifPresent(n -> measures.put(
                                    id, new MeasureOption(id, n.planId(), null, null, n.title(), true, false))));
        }
        return list.stream()
                .map(p -> p.toView(p.measureId() == null ? null : measures.get(p.measureId())))
                .toList();
    }

    private PipelineProject find(int code, long id) {
        return projects.findByIdAndDistrictCode(id, code).orElseThrow(() -> new NotFoundException("project " + id));
    }

    static Comparator<ProjectView> order(PipelineFilter.Sort sort) {
        Comparator<ProjectView> byName =
                CzechCollation.comparing(ProjectView::title).thenComparingLong(ProjectView::id);
        return switch (sort) {
            case NAME -> byName;
            case COST ->
                Comparator.comparingLong(ProjectView::estimatedCost).reversed().thenComparing(byName);
            case DEADLINE ->
                Comparator.comparing(ProjectView::callDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(byName);
            case CHANGED ->
                Comparator.comparing(ProjectView::updatedAt).reversed().thenComparing(byName);
        };
    }

    private static Page<ProjectView> page(List<ProjectView> all, int page) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(Math.max(page, 0), pages - 1);
        int from = number * PAGE_SIZE;
        return new PageImpl<>(
                all.subList(from, Math.min(all.size(), from + PAGE_SIZE)),
                PageRequest.of(number, PAGE_SIZE),
                all.size());
    }
}
