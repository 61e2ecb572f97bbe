package cz.planovna.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<StrategicPlan, Long> {

    Optional<StrategicPlan> findByIdAndDistrictCode(long id, int districtCode);

    Page<StrategicPlan> findByDistrictCode(int districtCode, Pageable pageable);

    List<StrategicPlan> findByDistrictCodeAndStateIn(int districtCode, List<PlanState> states);

    boolean existsByDistrictCodeAndTitle(int districtCode, String title);
}

interface NodeRepository extends JpaRepository<StrategyNode, Long> {

    List<StrategyNode> findByPlanIdAndRemovedFalse(long planId);

    Optional<StrategyNode> findByIdAndPlanIdAndRemovedFalse(long id, long planId);

    long countByParentIdAndRemovedFalse(long parentId);
}

interface AmendmentRepository extends JpaRepository<PlanAmendment, Long> {

    List<PlanAmendment> findByPlanIdOrderByNumberDesc(long planId);
}

interface ChangeRepository extends JpaRepository<PlanChange, Long> {

    Page<PlanChange> findByPlanId(long planId, Pageable pageable);
}
