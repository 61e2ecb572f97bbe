package cz.planovna.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/** Meetings and members with their own e-mail addresses, saved through the repositories. */
class MeetingMother {

    private final ProcessMother process;
    private final PlanningGroupRepository groups;
    private final MeetingRepository meetings;
    private final TransactionTemplate tx;

    MeetingMother(
            ProcessMother process, PlanningGroupRepository groups, MeetingRepository meetings, TransactionTemplate tx) {
        this.process = process;
        this.groups = groups;
        this.meetings = meetings;
        this.tx = tx;
    }

    static MeetingDetails details(String title, LocalDate date, String... agenda) {
        return new MeetingDetails(
                title,
                date,
                LocalTime.of(14, 0),
                LocalTime.of(16, 0),
                "MěÚ, zasedací místnost",
                null,
                null,
                List.of(agenda));
    }

    long meeting(int orp, long groupId, MeetingDetails details) {
        return tx.execute(s -> meetings.save(
                        new Meeting(process.orp(orp), groups.findById(groupId).orElseThrow(), details, Instant.now()))
                .id());
    }

    /** A member with an e-mail of their own; returns the member id. */
    long member(long groupId, String fullName, String email, MemberRole role, boolean consent) {
        return tx.execute(s -> {
            PlanningGroup group = groups.findById(groupId).orElseThrow();
            GroupMember member = group.addMember(
                    new MemberDetails(fullName, "Obec", email, role, Sector.SERVICE_USER, consent, null),
                    LocalDate.now(),
                    Instant.now());
            // flush, not save: merging would copy the new member and leave this instance without an id
            groups.flush();
            return member.id();
        });
    }

    /** Minutes in a draft with decision no. 1 and one task; returns the task id. */
    long draftWithDecisionAndTask(long meetingId) {
        return tx.execute(s -> {
            Meeting m = meetings.findById(meetingId).orElseThrow();
            m.addDecision(m.agenda().get(0).id(), "Skupina bere na vědomí.", null, null, null);
            MeetingTask task = m.addTask(null, "koordinátor", "Připravit podklady", null);
            meetings.flush();
            return task.id();
        });
    }

    void approve(long meetingId) {
        tx.executeWithoutResult(s -> {
            Meeting m = meetings.findById(meetingId).orElseThrow();
            m.writeMinutes("Shrnutí", java.util.Map.of());
            m.approve("předseda", Instant.now());
        });
    }

    void publish(long meetingId) {
        approve(meetingId);
        tx.executeWithoutResult(s -> meetings.findById(meetingId).orElseThrow().publish(Instant.now()));
    }

    long version(long meetingId) {
        return meetings.findById(meetingId).orElseThrow().version();
    }

    Meeting load(long meetingId) {
        return tx.execute(s -> {
            Meeting m = meetings.findById(meetingId).orElseThrow();
            m.agenda().forEach(i -> i.decisions().size());
            m.tasks().size();
            m.attendance().size();
            return m;
        });
    }
}
