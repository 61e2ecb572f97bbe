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

    List<Meeting> findByDistrictCodeAndDateBetweenAndCancelledFalseOrderByDateAscStartsAtAsc(
            int districtCode, LocalDate from, LocalDate to);

    /** Meetings whose minutes still need work: not written (and held already), a draft, or approved but not public. */
    @Query("select m from Meeting m where m.districtCode = :code and m.cancelled = false and ("
            + "(m.minutesState = cz.planovna.process.MinutesState.NONE and m.date < :today)"
            + " or m.minutesState = cz.planovna.process.MinutesState.DRAFT"
            + " or m.minutesState = cz.planovna.process.MinutesState.APPROVED) order by m.date")
    List<Meeting> minutesPending(int code, LocalDate today);

    @Query("select t from MeetingTask t join fetch t.meeting m"
            + " where m.districtCode = :code and t.doneOn is null and t.dueOn < :today order by t.dueOn, t.id")
    List<MeetingTask> overdueTasks(int code, LocalDate today);

    List<Meeting> findByDateAndCancelledFalseAndReminderSentAtIsNull(LocalDate date);

    @Query(
            "select t from MeetingTask t join fetch t.meeting m"
                    + " where t.dueOn = :due and t.doneOn is null and t.reminderSentAt is null and t.assigneeMemberId is not null")
    List<MeetingTask> tasksDueOnWithoutReminder(LocalDate due);

    List<Meeting> findByGroupIdAndDateBetweenAndCancelledFalseOrderByDateAscStartsAtAsc(
            long groupId, LocalDate from, LocalDate to);

    List<Meeting> findByGroupIdAndMinutesStateAndMinutesPublishedAtAfterOrderByDateDesc(
            long groupId, MinutesState state, java.time.Instant after);

    @Query("select t from MeetingTask t join fetch t.meeting m"
            + " where t.assigneeMemberId = :memberId and t.doneOn is null order by t.dueOn, t.id")
    List<MeetingTask> openTasksOf(long memberId);

    Page<Meeting> findByDistrictCodeAndMinutesState(int districtCode, MinutesState state, Pageable page);

    /** Tasks still open from the group's meetings before {@code date}: the next meeting goes through them. */
    @Query("select t from MeetingTask t join fetch t.meeting m"
            + " where m.group.id = :groupId and t.doneOn is null and m.date < :date order by m.date, t.id")
    List<MeetingTask> openTasksBefore(long groupId, LocalDate date);
}
