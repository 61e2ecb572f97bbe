package cz.planovna.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MonitoringItemRepository extends JpaRepository<MonitoringItem, Long> {

    List<MonitoringItem> findByPlanIdAndYear(long planId, int year);

    List<MonitoringItem> findByPlanIdAndNodeId(long planId, long nodeId);

    Optional<MonitoringItem> findByPlanIdAndNodeIdAndYear(long planId, long nodeId, int year);

    @Query("select distinct i.year from MonitoringItem i where i.planId = ?1")
    List<Integer> itemYears(long planId);
}

interface IndicatorActualRepository extends JpaRepository<IndicatorActual, Long> {

    List<IndicatorActual> findByPlanIdAndYear(long planId, int year);

    List<IndicatorActual> findByPlanIdAndIndicatorId(long planId, long indicatorId);

    List<IndicatorActual> findByPlanIdAndMeasureId(long planId, long measureId);

    List<IndicatorActual> findByPlanId(long planId);

    Optional<IndicatorActual> findByPlanIdAndIndicatorIdAndYear(long planId, long indicatorId, int year);

    @Query("select distinct a.year from IndicatorActual a where a.planId = ?1")
    List<Integer> actualYears(long planId);
}

interface MonitoringChangeRepository extends JpaRepository<MonitoringChange, Long> {

    Page<MonitoringChange> findByPlanId(long planId, Pageable page);
}
