package cz.planovna.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByPlanIdOrderByYearAsc(long planId);

    List<ActionPlan> findByPlanIdInAndStateAndYear(Collection<Long> planIds, ActionPlanState state, int year);

    Optional<ActionPlan> findByIdAndPlanId(long id, long planId);

    boolean existsByPlanIdAndYear(long planId, int year);
}

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByActionPlanId(long actionPlanId);

    Optional<ActionItem> findByIdAndActionPlanId(long id, long actionPlanId);

    List<ActionItem> findByNodeIdAndRemovedFalse(long nodeId);
}

interface ActionChangeRepository extends JpaRepository<ActionPlanChange, Long> {

    Page<ActionPlanChange> findByActionPlanId(long actionPlanId, Pageable pageable);
}
