package cz.planovna.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DistrictRepository extends JpaRepository<District, Integer> {

    @Query("select d from District d join fetch d.region")
    List<District> findAllWithRegion();

    @Query("select d from District d join fetch d.region where d.code = ?1")
    Optional<District> findWithRegion(int code);

    @Query("select d from District d join fetch d.region where d.planningActive = true")
    List<District> findPlanningActive();
}
