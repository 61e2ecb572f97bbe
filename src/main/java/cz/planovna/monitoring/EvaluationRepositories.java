package cz.planovna.monitoring;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    Page<Evaluation> findByDistrictCodeAndPlanId(int districtCode, long planId, Pageable pageable);

    List<Evaluation> findByDistrictCodeAndPlanIdAndState(int districtCode, long planId, EvaluationState state);

    boolean existsByPlanIdAndKindAndYear(long planId, EvaluationKind kind, Integer year);

    boolean existsByPlanIdAndKindAndYearIsNull(long planId, EvaluationKind kind);
}

interface EvaluationAuditRepository extends JpaRepository<EvaluationAudit, Long> {

    List<EvaluationAudit> findTop50ByEvaluationIdOrderByAtDescIdDesc(long evaluationId);
}
