package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A task from the minutes: who does what by when. It is listed at the group's later meetings until
 * someone marks it done, so it has its own version: it changes long after its meeting.
 */
@Entity
@Table(name = "meeting_task")
class MeetingTask {

    static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    /** A member of the group, or else {@link #assigneeOther}, e.g. "koordinátor KPSS". */
    @Column(name = "assignee_member_id")
    private Long assigneeMemberId;

    @Column(name = "assignee_other")
    private String assigneeOther;

    private String description;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Version
    private long version;

    protected MeetingTask() {}

    MeetingTask(Meeting meeting, Long assigneeMemberId, String assigneeOther, String description, LocalDate dueOn) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.assigneeMemberId = assigneeMemberId;
        this.assigneeOther =
                assigneeMemberId == null ? Texts.required(assigneeOther, GroupMember.NAME_MAX, "assignee") : null;
        this.description = Texts.required(description, DESCRIPTION_MAX, "description");
        this.dueOn = dueOn;
    }

    void markDone(LocalDate today) {
        if (doneOn != null) {
            throw new IllegalStateException("task " + id + " is done already");
        }
        this.doneOn = today;
    }

    boolean needsReminder() {
        return doneOn == null && reminderSentAt == null && assigneeMemberId != null;
    }

    void reminderSent(Instant now) {
        this.reminderSentAt = now;
    }

    Long assigneeMemberId() {
        return assigneeMemberId;
    }

    String description() {
        return description;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean open() {
        return doneOn == null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    Meeting meeting() {
        return meeting;
    }

    TaskView toView(MemberNames names, LocalDate today) {
        return new TaskView(
                id,
                names.of(assigneeMemberId, assigneeOther),
                description,
                dueOn,
                doneOn,
                doneOn == null && dueOn != null && dueOn.isBefore(today),
                meeting.date(),
                version);
    }
}
