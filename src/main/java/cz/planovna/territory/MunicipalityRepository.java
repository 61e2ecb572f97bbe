package cz.planovna.territory;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, Integer> {

    List<Municipality> findByDistrictCode(int districtCode);

    /** Row counts per ORP: [district code, number of obce]. */
    @Query("select m.districtCode, count(m) from Municipality m group by m.districtCode")
    List<Object[]> countPerDistrict();

    /** Obce whose name, or a word of it, starts with the accent-free key. */
    @Query("select m from Municipality m where m.searchKey like concat(?1, '%')"
            + " or m.searchKey like concat('% ', ?1, '%') or m.searchKey like concat('%-', ?1, '%')")
    List<Municipality> search(String key, Pageable limit);
}
