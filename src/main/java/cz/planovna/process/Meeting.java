package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting of a group: when and where, the agenda, who came, and its minutes with decisions and
 * tasks. Agenda, attendance and minutes change only through the meeting, so its version guards
 * them all; minutes change only while they are a draft.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 300;
    static final int URL_MAX = 500;
    static final int NOTE_MAX = 4000;
    static final int SUMMARY_MAX = 8000;
    static final int AGENDA_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PlanningGroup group;

    private String title;

    @Column(name = "meeting_date")
    private LocalDate date;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    private String place;

    @Column(name = "online_url")
    private String onlineUrl;

    private String note;

    private boolean cancelled;

    @Column(name = "invitation_sent_at")
    private Instant invitationSentAt;

    @Column(name = "invitation_recipients")
    private int invitationRecipients;

    @Column(name = "ical_sequence")
    private int icalSequence;

    @Column(name = "invited_sequence")
    private Integer invitedSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_state")
    private MinutesState minutesState = MinutesState.NONE;

    @Column(name = "minutes_summary")
    private String minutesSummary;

    @Column(name = "minutes_approved_at")
    private Instant minutesApprovedAt;

    @Column(name = "minutes_approved_by")
    private String minutesApprovedBy;

    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal ASC")
    private List<AgendaItem> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "member_id")
    @Column(name = "status")
    @Enumerated(EnumType.STRING)
    private Map<Long, AttendanceStatus> attendance = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "meeting_guest", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<Guest> guests = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<MeetingTask> tasks = new ArrayList<>();

    /** Documents of the ORP's library given to the invited as materials. */
    @ElementCollection
    @CollectionTable(name = "meeting_attachment", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "document_id")
    private java.util.Set<Long> attachments = new java.util.HashSet<>();

    @Version
    private long version;

    protected Meeting() {}

    Meeting(TerritoryRef orp, PlanningGroup group, MeetingDetails details, Instant now) {
        if (!orp.isDistrict() || orp.code() != group.districtCode()) {
            throw new IllegalArgumentException("the group " + group.id() + " is not of " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.group = group;
        this.createdAt = Objects.requireNonNull(now, "now");
        change(details);
    }

    /** A later change of time or place makes a sent invitation outdated (a new iCal revision). */
    void change(MeetingDetails details) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new IllegalArgumentException("ends before it starts");
        }
        boolean moved = date != null
                && (!details.date().equals(date)
                        || !details.startsAt().equals(startsAt)
                        || !details.endsAt().equals(endsAt)
                        || !Objects.equals(Texts.optional(details.place(), PLACE_MAX, "place"), place)
                        || !Objects.equals(Texts.optional(details.onlineUrl(), URL_MAX, "onlineUrl"), onlineUrl));
        this.title = Texts.required(details.title(), TITLE_MAX, "title");
        this.date = Objects.requireNonNull(details.date(), "date");
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = Texts.optional(details.place(), PLACE_MAX, "place");
        this.onlineUrl = Texts.optional(details.onlineUrl(), URL_MAX, "onlineUrl");
        if (place == null && onlineUrl == null) {
            throw new IllegalArgumentException("a meeting needs a place or an online link");
        }
        this.note = Texts.optional(details.note(), NOTE_MAX, "note");
        replaceAgenda(details.agenda());
        if (moved) {
            icalSequence++;
        }
    }

    /** Titles replace the items in order; an item that already has minutes cannot be dropped. */
    private void replaceAgenda(List<String> titles) {
        List<String> wanted =
                titles.stream().filter(t -> t != null && !t.isBlank()).toList();
        if (wanted.size() > AGENDA_MAX) {
            throw new IllegalArgumentException("too many agenda items: " + wanted.size());
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < agenda.size()) {
                agenda.get(i).retitle(wanted.get(i));
            } else {
                agenda.add(new AgendaItem(this, i + 1, wanted.get(i)));
            }
        }
        while (agenda.size() > wanted.size()) {
            AgendaItem last = agenda.get(agenda.size() - 1);
            if (last.hasContent()) {
                throw new IllegalStateException("agenda item " + last.id() + " has minutes");
            }
            agenda.remove(agenda.size() - 1);
        }
    }

    /** Would dropping agenda items down to {@code count} lose minutes? */
    boolean agendaItemsWithContentBeyond(int count) {
        return agenda.stream().skip(count).anyMatch(AgendaItem::hasContent);
    }

    static final int ATTACHMENTS_MAX = 20;

    /** Returns false when the document is attached already. */
    boolean attach(long documentId) {
        if (attachments.size() >= ATTACHMENTS_MAX && !attachments.contains(documentId)) {
            throw new IllegalStateException("too many attachments");
        }
        return attachments.add(documentId);
    }

    void detach(long documentId) {
        attachments.remove(documentId);
    }

    java.util.Set<Long> attachments() {
        return java.util.Set.copyOf(attachments);
    }

    void cancel() {
        requireNotCancelled();
        cancelled = true;
        icalSequence++;
    }

    void invitationSent(Instant now, int recipients) {
        requireNotCancelled();
        this.invitationSentAt = now;
        this.invitationRecipients = recipients;
        this.invitedSequence = icalSequence;
    }

    /** The day-before reminder goes only to an invited, not cancelled meeting, and only once. */
    boolean needsReminder() {
        return !cancelled && invitedSequence != null && reminderSentAt == null;
    }

    void reminderSent(Instant now) {
        this.reminderSentAt = now;
    }

    void recordAttendance(Map<Long, AttendanceStatus> statuses, List<Guest> newGuests) {
        requireEditableMinutes();
        attendance.clear();
        attendance.putAll(statuses);
        guests.clear();
        guests.addAll(newGuests);
    }

    void writeMinutes(String summary, Map<Long, String> notesByItem) {
        requireEditableMinutes();
        this.minutesSummary = Texts.optional(summary, SUMMARY_MAX, "summary");
        for (AgendaItem item : agenda) {
            if (notesByItem.containsKey(item.id())) {
                item.writeNotes(notesByItem.get(item.id()));
            }
        }
        startDraft();
    }

    int addDecision(long itemId, String wording, Integer votesFor, Integer votesAgainst, Integer votesAbstained) {
        requireEditableMinutes();
        int number = decisionCount() + 1;
        AgendaItem item = item(itemId);
        // numbers follow the agenda: a decision under an earlier item moves the later ones up
        List<Decision> later = agenda.stream()
                .filter(i -> i.ordinal() > item.ordinal())
                .flatMap(i -> i.decisions().stream())
                .toList();
        if (!later.isEmpty()) {
            number = later.stream().mapToInt(Decision::number).min().orElseThrow();
            for (Decision d : later) {
                d.renumber(d.number() + 1);
            }
        }
        item.addDecision(new Decision(number, wording, votesFor, votesAgainst, votesAbstained));
        startDraft();
        return number;
    }

    void removeDecision(int number) {
        requireEditableMinutes();
        boolean removed = agenda.stream().anyMatch(i -> i.removeDecision(number));
        if (!removed) {
            throw new IllegalArgumentException("no decision " + number);
        }
        agenda.stream()
                .flatMap(i -> i.decisions().stream())
                .filter(d -> d.number() > number)
                .forEach(d -> d.renumber(d.number() - 1));
    }

    MeetingTask addTask(Long assigneeMemberId, String assigneeOther, String description, LocalDate dueOn) {
        requireEditableMinutes();
        MeetingTask task = new MeetingTask(this, assigneeMemberId, assigneeOther, description, dueOn);
        tasks.add(task);
        startDraft();
        return task;
    }

    void removeTask(long taskId) {
        requireEditableMinutes();
        if (!tasks.removeIf(t -> t.id() != null && t.id() == taskId)) {
            throw new IllegalArgumentException("no task " + taskId);
        }
    }

    void approve(String approvedBy, Instant now) {
        if (minutesState != MinutesState.DRAFT) {
            throw new IllegalStateException("minutes are " + minutesState);
        }
        minutesState = MinutesState.APPROVED;
        minutesApprovedAt = now;
        minutesApprovedBy = Texts.required(approvedBy, GroupMember.NAME_MAX, "approvedBy");
    }

    void reopen() {
        if (minutesState != MinutesState.APPROVED) {
            throw new IllegalStateException("minutes are " + minutesState);
        }
        minutesState = MinutesState.DRAFT;
        minutesApprovedAt = null;
        minutesApprovedBy = null;
    }

    void publish(Instant now) {
        if (minutesState != MinutesState.APPROVED) {
            throw new IllegalStateException("minutes are " + minutesState);
        }
        minutesState = MinutesState.PUBLISHED;
        minutesPublishedAt = now;
    }

    private void startDraft() {
        if (minutesState == MinutesState.NONE) {
            minutesState = MinutesState.DRAFT;
        }
    }

    private void requireEditableMinutes() {
        if (!minutesState.editable()) {
            throw new IllegalStateException("minutes are " + minutesState);
        }
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw new IllegalStateException("meeting " + id + " is cancelled");
        }
    }

    private AgendaItem item(long itemId) {
        return agenda.stream()
                .filter(i -> i.id() != null && i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agenda item " + itemId));
    }

    private int decisionCount() {
        return agenda.stream().mapToInt(i -> i.decisions().size()).sum();
    }

    Optional<MeetingTask> task(long taskId) {
        return tasks.stream().filter(t -> t.id() != null && t.id() == taskId).findFirst();
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    PlanningGroup group() {
        return group;
    }

    String title() {
        return title;
    }

    LocalDate date() {
        return date;
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    String place() {
        return place;
    }

    String onlineUrl() {
        return onlineUrl;
    }

    String note() {
        return note;
    }

    boolean cancelled() {
        return cancelled;
    }

    int icalSequence() {
        return icalSequence;
    }

    Instant createdAt() {
        return createdAt;
    }

    MinutesState minutesState() {
        return minutesState;
    }

    long version() {
        return version;
    }

    List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    List<MeetingTask> tasks() {
        return List.copyOf(tasks);
    }

    Map<Long, AttendanceStatus> attendance() {
        return Map.copyOf(attendance);
    }

    List<GuestView> guests() {
        return guests.stream().map(Guest::toView).toList();
    }

    boolean overlaps(MeetingDetails details) {
        return !cancelled && details.overlaps(date, startsAt, endsAt);
    }

    MeetingSummary toSummary() {
        return new MeetingSummary(
                id,
                group.id(),
                group.name(),
                title,
                date,
                startsAt,
                endsAt,
                place,
                onlineUrl != null,
                cancelled,
                invitationSentAt,
                minutesState);
    }

    InvitationState invitationState() {
        return new InvitationState(
                invitationSentAt, invitationRecipients, invitedSequence != null && invitedSequence < icalSequence);
    }

    Instant minutesApprovedAt() {
        return minutesApprovedAt;
    }

    String minutesApprovedBy() {
        return minutesApprovedBy;
    }

    Instant minutesPublishedAt() {
        return minutesPublishedAt;
    }

    String minutesSummary() {
        return minutesSummary;
    }

    static final Comparator<Meeting> CHRONOLOGICAL =
            Comparator.comparing(Meeting::date).thenComparing(Meeting::startsAt).thenComparing(Meeting::id);
}
