package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of meetings: internal pages for the ORP's people, published minutes for everyone. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    static final int PAGE_SIZE = 20;
    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Order.desc("date"), Sort.Order.desc("startsAt"), Sort.Order.desc("id"));

    private final MeetingRepository meetings;
    private final DocumentRepository documents;
    private final OrpAccess access;
    private final MessageSource messages;
    private final Clock clock;

    MeetingQueries(
            MeetingRepository meetings,
            DocumentRepository documents,
            OrpAccess access,
            MessageSource messages,
            ObjectProvider<Clock> clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.access = access;
        this.messages = messages;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** The ORP of a public page; unknown codes are not found. */
    public OrpInfo orp(int districtCode) {
        return access.info(districtCode);
    }

    /** All meetings of the ORP, newest first; for those who see its internal pages. */
    public Page<MeetingSummary> meetings(int districtCode, int page) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return meetings.findByDistrictCode(districtCode, PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST))
                .map(Meeting::toSummary);
    }

    public MeetingDetail meeting(int districtCode, long meetingId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        Meeting meeting = find(districtCode, meetingId);
        LocalDate today = LocalDate.now(clock);
        MemberNames names = MemberNames.of(membersById(meeting), m -> m.toView().fullName());
        List<MeetingDetail.AttendanceRow> attendance = new ArrayList<>();
        Map<Long, AttendanceStatus> recorded = meeting.attendance();
        for (GroupMember m : meeting.group().members()) {
            if (m.current() || recorded.containsKey(m.id())) {
                MemberView v = m.toView();
                attendance.add(new MeetingDetail.AttendanceRow(v.id(), v.fullName(), v.role(), recorded.get(m.id())));
            }
        }
        return new MeetingDetail(
                meeting.toSummary(),
                meeting.onlineUrl(),
                meeting.note(),
                meeting.agenda().stream().map(AgendaItem::toView).toList(),
                attendance,
                meeting.guests(),
                meeting.minutesSummary(),
                meeting.tasks().stream().map(t -> t.toView(names, today)).toList(),
                meetings.openTasksBefore(meeting.group().id(), meeting.date()).stream()
                        .map(t -> t.toView(names, today))
                        .toList(),
                meeting.invitationState(),
                attachments(meeting, false),
                attachable(meeting),
                meeting.minutesApprovedAt(),
                meeting.minutesApprovedBy(),
                meeting.minutesPublishedAt(),
                meeting.version());
    }

    /** Upcoming meetings that are not cancelled: the public page shows when groups meet. */
    public List<MeetingSummary> upcoming(int districtCode) {
        access.info(districtCode);
        return meetings
                .findByDistrictCodeAndDateGreaterThanEqualAndCancelledFalseOrderByDateAscStartsAtAsc(
                        districtCode, LocalDate.now(clock))
                .stream()
                .map(Meeting::toSummary)
                .toList();
    }

    public Page<MeetingSummary> publishedMinutes(int districtCode, int page) {
        access.info(districtCode);
        return meetings.findByDistrictCodeAndMinutesState(
                        districtCode,
                        MinutesState.PUBLISHED,
                        PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST))
                .map(Meeting::toSummary);
    }

    /** Published minutes for everyone; anything else is not found, never forbidden (nothing to learn). */
    public PublicMinutes publicMinutes(int districtCode, long meetingId) {
        OrpInfo orp = access.info(districtCode);
        Meeting meeting = find(districtCode, meetingId);
        if (meeting.minutesState() != MinutesState.PUBLISHED) {
            throw new NotFoundException("minutes of meeting " + meetingId);
        }
        Map<Long, GroupMember> members = membersById(meeting);
        MemberNames names = MemberNames.of(members, this::publicName);
        LocalDate today = LocalDate.now(clock);
        Map<Long, AttendanceStatus> attendance = meeting.attendance();
        return new PublicMinutes(
                orp,
                meeting.toSummary(),
                meeting.minutesSummary(),
                meeting.agenda().stream().map(AgendaItem::toView).toList(),
                attending(attendance, AttendanceStatus.PRESENT, names),
                attending(attendance, AttendanceStatus.EXCUSED, names),
                meeting.guests().size(),
                attachments(meeting, true),
                meeting.tasks().stream().map(t -> t.toView(names, today)).toList(),
                meeting.minutesApprovedAt(),
                meeting.minutesApprovedBy(),
                meeting.minutesPublishedAt());
    }

    /** The meeting's materials that still exist, by title; only public ones when {@code publicOnly}. */
    List<AttachmentView> attachments(Meeting meeting, boolean publicOnly) {
        return documents.findAllById(meeting.attachments()).stream()
                .filter(d -> !d.deleted() && d.districtCode() == meeting.districtCode())
                .filter(d -> !publicOnly || d.visibility() == DocumentVisibility.PUBLIC)
                .map(d -> new AttachmentView(d.id(), d.title(), d.visibility() == DocumentVisibility.PUBLIC))
                .sorted(java.util.Comparator.comparing(AttachmentView::title, CzechCollation.comparator()))
                .toList();
    }

    private List<AttachmentView> attachable(Meeting meeting) {
        return documents.search(meeting.districtCode(), null, null, "%").stream()
                .filter(d -> !meeting.attachments().contains(d.id()))
                .map(d -> new AttachmentView(d.id(), d.title(), d.visibility() == DocumentVisibility.PUBLIC))
                .sorted(java.util.Comparator.comparing(AttachmentView::title, CzechCollation.comparator()))
                .toList();
    }

    private static List<String> attending(
            Map<Long, AttendanceStatus> attendance, AttendanceStatus status, MemberNames names) {
        return attendance.entrySet().stream()
                .filter(e -> e.getValue() == status)
                .map(e -> names.of(e.getKey(), ""))
                .sorted(CzechCollation.comparator())
                .toList();
    }

    private String publicName(GroupMember member) {
        PublicMember p = member.toPublic();
        if (p.named()) {
            return p.name();
        }
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(
                "process.minutes.anonymous",
                new Object[] {
                    messages.getMessage(p.role().messageKey(), null, locale),
                    messages.getMessage(p.sector().messageKey(), null, locale)
                },
                locale);
    }

    private static Map<Long, GroupMember> membersById(Meeting meeting) {
        return meeting.group().members().stream().collect(Collectors.toMap(GroupMember::id, Function.identity()));
    }

    private Meeting find(int districtCode, long meetingId) {
        return meetings.findByIdAndDistrictCode(meetingId, districtCode)
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
    }
}
