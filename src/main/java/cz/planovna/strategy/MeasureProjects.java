package cz.planovna.strategy;

import java.util.List;

/**
 * The projects of the pipeline linked to one measure, with the sum of their estimated costs
 * (rejected projects are listed but not counted);
 * {@code internal}: the viewer is of the ORP's team (sees every state and the projects' pages).
 */
public record MeasureProjects(List<ProjectView> projects, long totalCost, boolean internal) {

    public boolean isEmpty() {
        return projects.isEmpty();
    }
}
