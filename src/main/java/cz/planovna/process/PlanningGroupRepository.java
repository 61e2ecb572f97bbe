package cz.planovna.process;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanningGroupRepository extends JpaRepository<PlanningGroup, Long> {

    /** With members: the lists show member counts and the public page the members. */
    @EntityGraph(attributePaths = "members")
    List<PlanningGroup> findByDistrictCode(int districtCode);

    Optional<PlanningGroup> findByIdAndDistrictCode(long id, int districtCode);

    boolean existsByDistrictCodeAndKind(int districtCode, GroupKind kind);

    /** Current members who asked for the weekly digest and have an address, with their group. */
    @Query("select m from GroupMember m join fetch m.group"
            + " where m.wantsDigest = true and m.leftOn is null and m.email is not null order by m.id")
    List<GroupMember> digestReaders();
}
