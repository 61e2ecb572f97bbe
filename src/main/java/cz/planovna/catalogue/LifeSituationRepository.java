package cz.planovna.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LifeSituationRepository extends JpaRepository<LifeSituation, Long> {

    List<LifeSituation> findByDistrictCodeOrderBySortOrderAscTitleAsc(int districtCode);

    boolean existsByDistrictCode(int districtCode);

    @org.springframework.data.jpa.repository.Query("select distinct s.districtCode from LifeSituation s")
    List<Integer> findDistrictCodes();
}
