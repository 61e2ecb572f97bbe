package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.process.MeetingForms.ApprovalForm;
import cz.planovna.process.MeetingForms.AttendanceForm;
import cz.planovna.process.MeetingForms.DecisionForm;
import cz.planovna.process.MeetingForms.MeetingForm;
import cz.planovna.process.MeetingForms.MinutesForm;
import cz.planovna.process.MeetingForms.TaskForm;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to meetings and their minutes, each checked with {@code EDIT_PLANNING} and against the
 * version the form showed. Refusals a user can fix come back as {@link FormRejectedException}.
 */
@Service
@Transactional
class MeetingService {

    private final MeetingRepository meetings;
    private final PlanningGroupRepository groups;
    private final MeetingInvitations invitations;
    private final DocumentRepository documents;
    private final OrpAccess access;
    private final Clock clock;

    MeetingService(
            MeetingRepository meetings,
            PlanningGroupRepository groups,
            MeetingInvitations invitations,
            DocumentRepository documents,
            OrpAccess access,
            ObjectProvider<Clock> clock) {
        this.meetings = meetings;
        this.groups = groups;
        this.invitations = invitations;
        this.documents = documents;
        this.access = access;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long create(int districtCode, MeetingForm form) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        PlanningGroup group = groups.findByIdAndDistrictCode(form.groupId(), districtCode)
                .orElseThrow(() -> new FormRejectedException("groupId", "process.validation.meeting.group.required"));
        MeetingDetails details = form.toDetails();
        refuseOverlap(group.id(), details, null);
        return meetings.save(new Meeting(orp, group, details, clock.instant())).id();
    }

    void update(int districtCode, long meetingId, MeetingForm form) {
        Meeting meeting = editable(districtCode, meetingId, form.version(), form.title());
        MeetingDetails details = form.toDetails();
        refuseOverlap(meeting.group().id(), details, meeting.id());
        if (meeting.agendaItemsWithContentBeyond(details.agenda().size())) {
            throw new FormRejectedException("agenda", "process.validation.meeting.agenda.hasMinutes");
        }
        if (!meeting.minutesState().editable()) {
            throw new FormRejectedException(null, "process.validation.meeting.minutesLocked");
        }
        meeting.change(details);
    }

    void cancel(int districtCode, long meetingId, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        if (meeting.cancelled()) {
            return;
        }
        boolean wasInvited = meeting.invitationState().sent();
        meeting.cancel();
        if (wasInvited) {
            invitations.sendCancellation(meeting);
        }
    }

    /** Sends the invitation to current members with an e-mail and to confirmed subscribers; returns how many. */
    int invite(int districtCode, long meetingId, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        if (meeting.cancelled()) {
            throw new FormRejectedException(null, "process.validation.meeting.cancelled");
        }
        if (meeting.date().isBefore(today())) {
            throw new FormRejectedException(null, "process.validation.meeting.invite.past");
        }
        int sent = invitations.sendInvitation(meeting);
        if (sent == 0) {
            throw new FormRejectedException(null, "process.validation.meeting.invite.nobody");
        }
        meeting.invitationSent(clock.instant(), sent);
        return sent;
    }

    /** Attaches a document of the same ORP's library as material of the meeting. */
    void attach(int districtCode, long meetingId, long documentId, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        documents
                .findByIdAndDistrictCodeAndDeletedAtIsNull(documentId, districtCode)
                .orElseThrow(() -> new FormRejectedException(null, "process.validation.attachment.unknown"));
        if (meeting.attachments().size() >= Meeting.ATTACHMENTS_MAX) {
            throw new FormRejectedException(null, "process.validation.attachment.many");
        }
        meeting.attach(documentId);
    }

    void detach(int districtCode, long meetingId, long documentId, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        meeting.detach(documentId);
    }

    void recordAttendance(int districtCode, long meetingId, AttendanceForm form) {
        Meeting meeting = editable(districtCode, meetingId, form.version(), null);
        requireMinutesEditable(meeting);
        Set<Long> known = meeting.group().members().stream()
                .filter(m -> m.current() || meeting.attendance().containsKey(m.id()))
                .map(GroupMember::id)
                .collect(Collectors.toSet());
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        form.statusesOrEmpty().forEach((memberId, status) -> {
            if (status != null && known.contains(memberId)) {
                statuses.put(memberId, status);
            }
        });
        meeting.recordAttendance(statuses, form.toGuests());
    }

    void writeMinutes(int districtCode, long meetingId, MinutesForm form) {
        Meeting meeting = editable(districtCode, meetingId, form.version(), null);
        requireMinutesEditable(meeting);
        meeting.writeMinutes(form.summary(), form.notesOrEmpty());
    }

    int addDecision(int districtCode, long meetingId, DecisionForm form) {
        Meeting meeting = editable(districtCode, meetingId, form.version(), null);
        requireMinutesEditable(meeting);
        if (meeting.agenda().stream().noneMatch(i -> i.id().equals(form.itemId()))) {
            throw new FormRejectedException("itemId", "process.validation.decision.item.required");
        }
        return meeting.addDecision(
                form.itemId(), form.wording(), form.votesFor(), form.votesAgainst(), form.votesAbstained());
    }

    void removeDecision(int districtCode, long meetingId, int number, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        requireMinutesEditable(meeting);
        if (meeting.agenda().stream().flatMap(i -> i.decisions().stream()).noneMatch(d -> d.number() == number)) {
            throw new NotFoundException("decision " + number);
        }
        meeting.removeDecision(number);
    }

    void addTask(int districtCode, long meetingId, TaskForm form) {
        Meeting meeting = editable(districtCode, meetingId, form.version(), null);
        requireMinutesEditable(meeting);
        Long assignee = form.assigneeMemberId();
        if (assignee != null && meeting.group().members().stream().noneMatch(m -> m.id().equals(assignee))) {
            throw new FormRejectedException("assigneeMemberId", "process.validation.task.assignee.required");
        }
        meeting.addTask(assignee, assignee == null ? form.assigneeOther() : null, form.description(), form.due());
    }

    void removeTask(int districtCode, long meetingId, long taskId, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        requireMinutesEditable(meeting);
        meeting.task(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        meeting.removeTask(taskId);
    }

    /** Marks a task done, typically at a later meeting; {@code meetingId} is the page it was done from. */
    void markTaskDone(int districtCode, long meetingId, long taskId, long taskVersion) {
        access.check(districtCode, Action.EDIT_PLANNING);
        Meeting current = find(districtCode, meetingId);
        MeetingTask task = meetings
                .openTasksBefore(current.group().id(), current.date().plusDays(1))
                .stream()
                .filter(t -> t.id() == taskId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        if (task.version() != taskVersion) {
            throw new StaleEditException(
                    current.title(), null, null, MeetingUrls.meeting(districtCode, meetingId), false);
        }
        task.markDone(today());
    }

    void approve(int districtCode, long meetingId, ApprovalForm form) {
        Meeting meeting = editable(districtCode, meetingId, form.version(), null);
        if (meeting.minutesState() != MinutesState.DRAFT) {
            throw new FormRejectedException(null, "process.validation.minutes.notDraft");
        }
        meeting.approve(form.approvedBy(), clock.instant());
    }

    void reopen(int districtCode, long meetingId, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        if (meeting.minutesState() != MinutesState.APPROVED) {
            throw new FormRejectedException(null, "process.validation.minutes.notApproved");
        }
        meeting.reopen();
    }

    void publish(int districtCode, long meetingId, long version) {
        Meeting meeting = editable(districtCode, meetingId, version, null);
        if (meeting.minutesState() != MinutesState.APPROVED) {
            throw new FormRejectedException(null, "process.validation.minutes.notApproved");
        }
        meeting.publish(clock.instant());
        invitations.announceMinutes(meeting);
    }

    private void refuseOverlap(long groupId, MeetingDetails details, Long self) {
        boolean clash = meetings.findByGroupIdAndDateAndCancelledFalse(groupId, details.date()).stream()
                .filter(m -> !m.id().equals(self))
                .anyMatch(m -> m.overlaps(details));
        if (clash) {
            throw new FormRejectedException("startsAt", "process.validation.meeting.overlap");
        }
    }

    /** {@code submittedTitle}: the title the form sends, shown beside the stored one on a conflict. */
    private Meeting editable(int districtCode, long meetingId, long version, String submittedTitle) {
        access.check(districtCode, Action.EDIT_PLANNING);
        Meeting meeting = find(districtCode, meetingId);
        if (meeting.version() != version) {
            throw new StaleEditException(
                    meeting.title(),
                    submittedTitle,
                    submittedTitle == null ? null : meeting.title(),
                    MeetingUrls.meeting(districtCode, meetingId),
                    false);
        }
        return meeting;
    }

    private static void requireMinutesEditable(Meeting meeting) {
        if (!meeting.minutesState().editable()) {
            throw new FormRejectedException(null, "process.validation.meeting.minutesLocked");
        }
    }

    private Meeting find(int districtCode, long meetingId) {
        return meetings.findByIdAndDistrictCode(meetingId, districtCode)
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
    }
}
