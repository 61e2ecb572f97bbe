package cz.planovna.process;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/** The forms of meetings and their minutes. */
final class MeetingForms {

    private MeetingForms() {}

    /** The agenda is typed one item per line: the simplest thing for a screen reader and a keyboard. */
    record MeetingForm(
            Long groupId,

            @NotBlank(message = "{process.validation.meeting.title.required}")
            @Size(max = Meeting.TITLE_MAX, message = "{process.validation.name.long}")
            String title,

            String date,
            String startsAt,
            String endsAt,

            @Size(max = Meeting.PLACE_MAX, message = "{process.validation.text.long}")
            String place,

            @Size(max = Meeting.URL_MAX, message = "{process.validation.text.long}")
            String onlineUrl,

            @Size(max = Meeting.NOTE_MAX, message = "{process.validation.description.long}")
            String note,

            String agenda,
            long version) {

        static MeetingForm empty(Long groupId) {
            return new MeetingForm(groupId, "", "", "14:00", "16:00", "", "", "", "", 0);
        }

        static MeetingForm of(MeetingDetail detail) {
            MeetingSummary m = detail.meeting();
            return new MeetingForm(
                    m.groupId(),
                    m.title(),
                    CzechDateInput.format(m.date()),
                    TimeInput.format(m.startsAt()),
                    TimeInput.format(m.endsAt()),
                    m.place() == null ? "" : m.place(),
                    detail.onlineUrl() == null ? "" : detail.onlineUrl(),
                    detail.note() == null ? "" : detail.note(),
                    String.join(
                            "\n",
                            detail.agenda().stream().map(AgendaItemView::title).toList()),
                    detail.version());
        }

        /**
         * Checks what annotations cannot. {@code storedDate} is the date saved before (null for a new
         * meeting): a meeting may keep a past date when corrected, but never be moved into the past.
         */
        void validate(Errors errors, LocalDate today, LocalDate storedDate) {
            if (groupId == null) {
                errors.rejectValue("groupId", "process.validation.meeting.group.required");
            }
            ScheduleInput.check(
                    errors,
                    date,
                    startsAt,
                    endsAt,
                    place,
                    onlineUrl,
                    today,
                    storedDate,
                    "process.validation.meeting.date.past");
            List<String> items = agendaItems();
            if (items.size() > Meeting.AGENDA_MAX) {
                errors.rejectValue("agenda", "process.validation.meeting.agenda.many");
            } else if (items.stream().anyMatch(i -> i.length() > AgendaItem.TITLE_MAX)) {
                errors.rejectValue("agenda", "process.validation.meeting.agenda.long");
            }
        }

        List<String> agendaItems() {
            if (agenda == null) {
                return List.of();
            }
            return Arrays.stream(agenda.split("\\R"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        MeetingDetails toDetails() {
            return new MeetingDetails(
                    title,
                    CzechDateInput.parse(date).orElseThrow(),
                    TimeInput.parse(startsAt).orElseThrow(),
                    TimeInput.parse(endsAt).orElseThrow(),
                    place,
                    onlineUrl,
                    note,
                    agendaItems());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Guests are typed one per line as "Name, organisation". */
    record AttendanceForm(Map<Long, AttendanceStatus> statuses, String guests, long version) {

        static AttendanceForm of(MeetingDetail detail) {
            Map<Long, AttendanceStatus> statuses = new HashMap<>();
            detail.attendance().forEach(a -> statuses.put(a.memberId(), a.status()));
            StringBuilder guests = new StringBuilder();
            for (GuestView g : detail.guests()) {
                guests.append(g.fullName());
                if (g.organisation() != null) {
                    guests.append(", ").append(g.organisation());
                }
                guests.append('\n');
            }
            return new AttendanceForm(statuses, guests.toString().strip(), detail.version());
        }

        void validate(Errors errors) {
            for (String line : guestLines()) {
                String[] parts = line.split(",", 2);
                if (parts[0].strip().length() > GroupMember.NAME_MAX
                        || (parts.length > 1 && parts[1].strip().length() > GroupMember.NAME_MAX)) {
                    errors.rejectValue("guests", "process.validation.text.long");
                    return;
                }
            }
            if (guestLines().size() > 100) {
                errors.rejectValue("guests", "process.validation.meeting.guests.many");
            }
        }

        private List<String> guestLines() {
            if (guests == null) {
                return List.of();
            }
            return Arrays.stream(guests.split("\\R"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        List<Guest> toGuests() {
            return guestLines().stream()
                    .map(line -> line.split(",", 2))
                    .map(parts -> new Guest(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null))
                    .toList();
        }

        Map<Long, AttendanceStatus> statusesOrEmpty() {
            return statuses == null ? Map.of() : statuses;
        }
    }

    record MinutesForm(
            @Size(max = Meeting.SUMMARY_MAX, message = "{process.validation.description.long}")
            String summary,

            Map<Long, String> notes,
            long version) {

        static MinutesForm of(MeetingDetail detail) {
            Map<Long, String> notes = new HashMap<>();
            detail.agenda().forEach(i -> notes.put(i.id(), i.notes() == null ? "" : i.notes()));
            return new MinutesForm(
                    detail.minutesSummary() == null ? "" : detail.minutesSummary(), notes, detail.version());
        }

        void validate(Errors errors) {
            if (notes != null
                    && notes.values().stream().anyMatch(n -> n != null && n.length() > AgendaItem.NOTES_MAX)) {
                errors.rejectValue("notes", "process.validation.description.long");
            }
        }

        Map<Long, String> notesOrEmpty() {
            return notes == null ? Map.of() : notes;
        }
    }

    record DecisionForm(
            @NotNull(message = "{process.validation.decision.item.required}")
            Long itemId,

            @NotBlank(message = "{process.validation.decision.wording.required}")
            @Size(max = Decision.WORDING_MAX, message = "{process.validation.description.long}")
            String wording,

            @Min(value = 0, message = "{process.validation.votes.range}")
            @Max(value = 999, message = "{process.validation.votes.range}")
            Integer votesFor,

            @Min(value = 0, message = "{process.validation.votes.range}")
            @Max(value = 999, message = "{process.validation.votes.range}")
            Integer votesAgainst,

            @Min(value = 0, message = "{process.validation.votes.range}")
            @Max(value = 999, message = "{process.validation.votes.range}")
            Integer votesAbstained,

            long version) {

        static DecisionForm empty(long version) {
            return new DecisionForm(null, "", null, null, null, version);
        }
    }

    record TaskForm(
            Long assigneeMemberId,

            @Size(max = GroupMember.NAME_MAX, message = "{process.validation.text.long}")
            String assigneeOther,

            @NotBlank(message = "{process.validation.task.description.required}")
            @Size(max = MeetingTask.DESCRIPTION_MAX, message = "{process.validation.description.long}")
            String description,

            String dueOn,
            long version) {

        static TaskForm empty(long version) {
            return new TaskForm(null, "", "", "", version);
        }

        void validate(Errors errors) {
            if (assigneeMemberId == null && blank(assigneeOther)) {
                errors.rejectValue("assigneeOther", "process.validation.task.assignee.required");
            }
            RoundForms.date(errors, "dueOn", dueOn);
        }

        LocalDate due() {
            return CzechDateInput.parse(dueOn).orElse(null);
        }
    }

    record ApprovalForm(
            @NotBlank(message = "{process.validation.minutes.approvedBy.required}")
            @Size(max = GroupMember.NAME_MAX, message = "{process.validation.text.long}")
            String approvedBy,

            long version) {}
}
