package cz.planovna.analysis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.validation.Errors;

/** The forms of the interview, finding and SWOT pages, separate from the entities. */
final class FindingsForms {

    private FindingsForms() {}

    static final int MAX_PARTICIPANTS = 10_000;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d. M. uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** A Czech (7. 12. 2026) or ISO (2026-12-07) date between 2000 and 2100, else null. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replaceAll("\\s*\\.\\s*", ". ").strip();
        for (DateTimeFormatter f : DATES) {
            for (String candidate : List.of(value, text.strip())) {
                try {
                    LocalDate date = LocalDate.parse(candidate, f);
                    return date.getYear() >= 2000 && date.getYear() <= 2100 ? date : null;
                } catch (DateTimeParseException e) {
                    // try the next pattern
                }
            }
        }
        return null;
    }

    static String formatDate(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + ". " + date.getMonthValue() + ". " + date.getYear();
    }

    record InterviewForm(
            @NotNull(message = "{analysis.validation.interview.kind}")
            InterviewKind kind,

            @NotBlank(message = "{analysis.validation.interview.heldOn.required}")
            String heldOn,

            @NotBlank(message = "{analysis.validation.interview.topic.required}")
            @Size(max = Interview.TOPIC_MAX, message = "{analysis.validation.text.long}")
            String topic,

            @NotBlank(message = "{analysis.validation.interview.participants.required}")
            @Size(max = Interview.PARTICIPANTS_MAX, message = "{analysis.validation.text.long}")
            String participants,

            @NotBlank(message = "{analysis.validation.interview.count.required}")
            String participantCount,

            Long groupId,

            @NotBlank(message = "{analysis.validation.interview.summary.required}")
            @Size(max = Interview.SUMMARY_MAX, message = "{analysis.validation.text.long}")
            String summary,

            long version) {

        static InterviewForm empty() {
            return new InterviewForm(InterviewKind.INTERVIEW, "", "", "", "", null, "", 0);
        }

        static InterviewForm of(InterviewView v) {
            return new InterviewForm(
                    v.kind(),
                    formatDate(v.heldOn()),
                    v.topic(),
                    v.participants(),
                    String.valueOf(v.participantCount()),
                    v.groupId(),
                    v.summary(),
                    v.version());
        }

        void validate(Errors errors) {
            if (heldOn != null && !heldOn.isBlank() && parseDate(heldOn) == null) {
                errors.rejectValue("heldOn", "analysis.validation.interview.heldOn.invalid");
            }
            if (participantCount != null && !participantCount.isBlank() && count() == null) {
                errors.rejectValue("participantCount", "analysis.validation.interview.count.invalid");
            }
        }

        Integer count() {
            try {
                int n = Integer.parseInt(
                        participantCount.strip().replace(" ", "").replace("\u00a0", ""));
                return n >= 1 && n <= MAX_PARTICIPANTS ? n : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        InterviewContent toContent() {
            return new InterviewContent(kind, parseDate(heldOn), topic, participants, count(), groupId, null, summary);
        }
    }

    record FindingForm(
            @NotBlank(message = "{analysis.validation.finding.statement.required}")
            @Size(max = Finding.STATEMENT_MAX, message = "{analysis.validation.text.long}")
            String statement,

            String targetGroup,

            @NotNull(message = "{analysis.validation.finding.source.required}")
            FindingSource sourceKind,

            Long interviewId,

            @Size(max = Finding.NOTE_MAX, message = "{analysis.validation.text.long}")
            String sourceNote,

            @NotNull(message = "{analysis.validation.finding.importance.required}")
            Importance importance,

            @NotNull(message = "{analysis.validation.finding.status.required}")
            FindingStatus status,

            long version) {

        static FindingForm empty(Long interviewId) {
            return new FindingForm(
                    "",
                    "",
                    interviewId == null ? null : FindingSource.INTERVIEW,
                    interviewId,
                    "",
                    Importance.MEDIUM,
                    FindingStatus.NEW,
                    0);
        }

        static FindingForm of(FindingView f) {
            return new FindingForm(
                    f.statement(),
                    f.targetGroup() == null ? "" : f.targetGroup(),
                    f.sourceKind(),
                    f.interviewId(),
                    f.sourceNote() == null ? "" : f.sourceNote(),
                    f.importance(),
                    f.status(),
                    f.version());
        }

        void validate(Errors errors) {
            if (sourceKind == FindingSource.INTERVIEW && interviewId == null) {
                errors.rejectValue("interviewId", "analysis.validation.finding.interview");
            }
            if (sourceKind == FindingSource.OTHER && (sourceNote == null || sourceNote.isBlank())) {
                errors.rejectValue("sourceNote", "analysis.validation.finding.sourceNote");
            }
        }

        FindingContent toContent() {
            return new FindingContent(
                    statement,
                    targetGroup,
                    sourceKind,
                    sourceKind == FindingSource.INTERVIEW ? interviewId : null,
                    sourceNote,
                    importance,
                    status);
        }
    }

    record SwotForm(
            @NotBlank(message = "{analysis.validation.swot.name.required}")
            @Size(max = Swot.NAME_MAX, message = "{analysis.validation.text.long}")
            String name,

            Long groupId,

            long version) {

        static SwotForm empty() {
            return new SwotForm("", null, 0);
        }

        static SwotForm of(SwotView s) {
            return new SwotForm(s.name(), s.groupId(), s.version());
        }
    }

    record SwotItemForm(
            @NotNull(message = "{analysis.validation.swot.quadrant.required}")
            Quadrant quadrant,

            @NotBlank(message = "{analysis.validation.swot.text.required}")
            @Size(max = SwotItem.TEXT_MAX, message = "{analysis.validation.text.long}")
            String text,

            long version) {

        static SwotItemForm empty() {
            return new SwotItemForm(null, "", 0);
        }

        static SwotItemForm of(SwotItemView i) {
            return new SwotItemForm(i.quadrant(), i.text(), i.version());
        }
    }

    record VersionForm(long version) {}
}
