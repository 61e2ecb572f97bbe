package cz.planovna.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDocumentRunRepository extends JpaRepository<PlanDocumentRun, Long> {

    Optional<PlanDocumentRun> findByIdAndPlanIdAndDistrictCode(long id, long planId, int districtCode);

    List<PlanDocumentRun> findByPlanIdOrderByIdDesc(long planId, Pageable pageable);

    Optional<PlanDocumentRun> findFirstByPlanIdAndStateOrderByIdDesc(long planId, PlanDocumentRun.State state);

    /** The latest run in the state generated from the plan in one of the plan states (public downloads). */
    Optional<PlanDocumentRun> findFirstByPlanIdAndStateAndPlanStateInOrderByIdDesc(
            long planId, PlanDocumentRun.State state, java.util.Collection<PlanState> planStates);
}

interface PlanDocumentFileRepository extends JpaRepository<PlanDocumentFile, PlanDocumentFile.Key> {}
