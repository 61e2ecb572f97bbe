package cz.planovna.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningGroupRepository extends JpaRepository<PlanningGroup, Long> {

    /** With members: the lists show member counts and the public page the members. */
    @EntityGraph(attributePaths = "members")
    List<PlanningGroup> findByDistrictCode(int districtCode);

    Optional<PlanningGroup> findByIdAndDistrictCode(long id, int districtCode);

    boolean existsByDistrictCodeAndKind(int districtCode, GroupKind kind);
}
