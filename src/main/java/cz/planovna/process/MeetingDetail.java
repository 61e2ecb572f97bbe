package cz.planovna.process;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as the coordinator and members of the ORP see it: with member names, attendance, the
 * minutes in any state, and the open tasks of earlier meetings of the group.
 */
public record MeetingDetail(
        MeetingSummary meeting,
        String onlineUrl,
        String note,
        List<AgendaItemView> agenda,
        List<AttendanceRow> attendance,
        List<GuestView> guests,
        String minutesSummary,
        List<TaskView> tasks,
        List<TaskView> carriedTasks,
        InvitationState invitation,
        List<AttachmentView> attachments,
        List<AttachmentView> attachable,
        Instant approvedAt,
        String approvedBy,
        Instant publishedAt,
        long version) {

    /** A current member of the group (or one recorded at this meeting) and whether they came. */
    public record AttendanceRow(Long memberId, String fullName, MemberRole role, AttendanceStatus status) {}

    public MinutesState minutesState() {
        return meeting.minutesState();
    }

    public int decisionCount() {
        return agenda.stream().mapToInt(i -> i.decisions().size()).sum();
    }

    public long present() {
        return attendance.stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .count();
    }
}
