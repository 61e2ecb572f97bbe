package cz.planovna.process;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.validation.Errors;

/** The forms of events and of registering for one. */
final class EventForms {

    private EventForms() {}

    /** {@code partners}: ČSÚ codes of co-organising ORPs, separated by commas or spaces. */
    record EventForm(
            @NotNull(message = "{process.validation.event.kind.required}")
            EventKind kind,

            @NotBlank(message = "{process.validation.event.title.required}")
            @Size(max = PlanningEvent.TITLE_MAX, message = "{process.validation.name.long}")
            String title,

            @Size(max = PlanningEvent.DESCRIPTION_MAX, message = "{process.validation.description.long}")
            String description,

            String date,
            String startsAt,
            String endsAt,

            @Size(max = Meeting.PLACE_MAX, message = "{process.validation.text.long}")
            String place,

            @Size(max = Meeting.URL_MAX, message = "{process.validation.text.long}")
            String onlineUrl,

            String capacity,
            Boolean registrationOpen,
            Boolean published,
            String partners,
            long version) {

        static EventForm empty() {
            return new EventForm(EventKind.SEMINAR, "", "", "", "9:00", "12:00", "", "", "", true, false, "", 0);
        }

        static EventForm of(EventView e) {
            return new EventForm(
                    e.kind(),
                    e.title(),
                    e.description() == null ? "" : e.description(),
                    CzechDateInput.format(e.date()),
                    TimeInput.format(e.startsAt()),
                    TimeInput.format(e.endsAt()),
                    e.place() == null ? "" : e.place(),
                    e.onlineUrl() == null ? "" : e.onlineUrl(),
                    e.capacity() == null ? "" : String.valueOf(e.capacity()),
                    e.registrationOpen(),
                    e.published(),
                    String.join(
                            ", ",
                            e.partners().stream().sorted().map(String::valueOf).toList()),
                    e.version());
        }

        /** As for meetings: a new or moved event may not lie in the past. */
        void validate(Errors errors, LocalDate today, LocalDate storedDate) {
            ScheduleInput.check(
                    errors,
                    date,
                    startsAt,
                    endsAt,
                    place,
                    onlineUrl,
                    today,
                    storedDate,
                    "process.validation.event.date.past");
            if (!blank(capacity)) {
                Integer value = parseCapacity();
                if (value == null || value < 1 || value > PlanningEvent.CAPACITY_MAX) {
                    errors.rejectValue("capacity", "process.validation.event.capacity");
                }
            }
            if (partnerCodes() == null) {
                errors.rejectValue("partners", "process.validation.event.partners");
            }
        }

        private Integer parseCapacity() {
            try {
                return Integer.valueOf(capacity.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The typed codes, or null when something is not a four-digit code. */
        Set<Integer> partnerCodes() {
            Set<Integer> codes = new LinkedHashSet<>();
            if (blank(partners)) {
                return codes;
            }
            for (String part : partners.split("[,;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                if (!part.matches("\\d{4}")) {
                    return null;
                }
                codes.add(Integer.valueOf(part));
            }
            return codes.size() > PlanningEvent.PARTNERS_MAX ? null : codes;
        }

        EventDetails toDetails(Set<Integer> checkedPartners) {
            return new EventDetails(
                    kind,
                    title,
                    description,
                    CzechDateInput.parse(date).orElseThrow(),
                    TimeInput.parse(startsAt).orElseThrow(),
                    TimeInput.parse(endsAt).orElseThrow(),
                    place,
                    onlineUrl,
                    blank(capacity) ? null : parseCapacity(),
                    Boolean.TRUE.equals(registrationOpen),
                    Boolean.TRUE.equals(published),
                    checkedPartners);
        }
    }

    record RegistrationForm(
            @NotBlank(message = "{process.validation.registration.name.required}")
            @Size(max = GroupMember.NAME_MAX, message = "{process.validation.name.long}")
            String fullName,

            @Size(max = GroupMember.NAME_MAX, message = "{process.validation.text.long}")
            String organisation,

            @NotBlank(message = "{process.validation.registration.email.required}")
            @Email(message = "{process.validation.member.email.invalid}")
            @Size(max = GroupMember.EMAIL_MAX, message = "{process.validation.text.long}")
            String email,

            Boolean consent) {

        static RegistrationForm empty() {
            return new RegistrationForm("", "", "", false);
        }

        void validate(Errors errors) {
            if (!Boolean.TRUE.equals(consent)) {
                errors.rejectValue("consent", "process.validation.registration.consent");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
