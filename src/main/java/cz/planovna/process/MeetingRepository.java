package cz.planovna.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByIdAndDistrictCode(long id, int districtCode);

    Page<Meeting> findByDistrictCode(int districtCode, Pageable page);

    List<Meeting> findByGroupIdAndDateAndCancelledFalse(long groupId, LocalDate date);

    List<Meeting> findByDistrictCodeAndDateGreaterThanEqualAndCancelledFalseOrderByDateAscStartsAtAsc(
            int districtCode, LocalDate from);

    Page<Meeting> findByDistrictCodeAndMinutesState(int districtCode, MinutesState state, Pageable page);

    /** Tasks still open from the group's meetings before {@code date}: the next meeting goes through them. */
    @Query("select t from MeetingTask t join fetch t.meeting m"
            + " where m.group.id = :groupId and t.doneOn is null and m.date < :date order by m.date, t.id")
    List<MeetingTask> openTasksBefore(long groupId, LocalDate date);
}
