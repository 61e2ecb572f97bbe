package cz.planovna.process;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanningEventRepository extends JpaRepository<PlanningEvent, Long> {

    Optional<PlanningEvent> findByIdAndDistrictCode(long id, int districtCode);

    boolean existsByDistrictCodeAndTitleAndDate(int districtCode, String title, LocalDate date);

    Page<PlanningEvent> findByDistrictCode(int districtCode, Pageable page);

    List<PlanningEvent> findByDistrictCodeAndDateGreaterThanEqualOrderByDateAscStartsAtAsc(
            int districtCode, LocalDate from);

    /** Locks the event row so that two registrations cannot both take its last place. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from PlanningEvent e where e.id = :id")
    Optional<PlanningEvent> lockById(long id);

    /** Published events an ORP organises or co-organises, from a day on. */
    @Query("select distinct e from PlanningEvent e left join e.partners p"
            + " where e.published = true and (e.districtCode = :code or p = :code) and e.date >= :from"
            + " order by e.date, e.startsAt")
    List<PlanningEvent> publishedFrom(int code, LocalDate from);

    @Query(
            value = "select distinct e from PlanningEvent e left join e.partners p"
                    + " where e.published = true and (e.districtCode = :code or p = :code) and e.date < :before"
                    + " order by e.date desc, e.startsAt desc",
            countQuery = "select count(distinct e) from PlanningEvent e left join e.partners p"
                    + " where e.published = true and (e.districtCode = :code or p = :code) and e.date < :before")
    Page<PlanningEvent> publishedBefore(int code, LocalDate before, Pageable page);
}
