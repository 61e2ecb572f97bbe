package cz.planovna.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningRoundRepository extends JpaRepository<PlanningRound, Long> {

    /** With the schedules: lists show how many steps each round has. */
    @EntityGraph(attributePaths = "milestones")
    List<PlanningRound> findByDistrictCodeOrderByPeriodFromDescIdDesc(int districtCode);

    /** Looked up within the ORP of the URL, so an id from another ORP is simply not found. */
    Optional<PlanningRound> findByIdAndDistrictCode(long id, int districtCode);
}
