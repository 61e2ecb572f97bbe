package cz.planovna.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.validation.Errors;

/** The round form with its schedule rows, and the grant project form. */
final class RoundForms {

    /** Empty schedule rows offered below the filled ones; the page works without JavaScript. */
    static final int BLANK_ROWS = 3;

    private RoundForms() {}

    record MilestoneForm(
            @Size(max = Milestone.TITLE_MAX, message = "{process.validation.milestone.title.long}")
            String title,

            String dueOn,
            Boolean done) {

        static MilestoneForm blank() {
            return new MilestoneForm("", "", false);
        }

        boolean isBlank() {
            return CzechDateInput.isBlank(title) && CzechDateInput.isBlank(dueOn);
        }

        public boolean isDone() {
            return Boolean.TRUE.equals(done);
        }
    }

    record RoundForm(
            @NotBlank(message = "{process.validation.round.name.required}")
            @Size(max = PlanningRound.NAME_MAX, message = "{process.validation.name.long}")
            String name,

            @NotBlank(message = "{process.validation.round.from.required}")
            String periodFrom,

            @NotBlank(message = "{process.validation.round.to.required}")
            String periodTo,

            @Size(max = PlanningRound.DESCRIPTION_MAX, message = "{process.validation.description.long}")
            String description,

            @NotNull(message = "{process.validation.round.state.required}")
            RoundState state,

            List<@jakarta.validation.Valid MilestoneForm> milestones,
            long version) {

        RoundForm {
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }

        static RoundForm empty() {
            return new RoundForm("", "", "", "", RoundState.PREPARATION, List.of(), 0).withBlankRows();
        }

        static RoundForm of(RoundDetail round) {
            List<MilestoneForm> rows = round.milestones().stream()
                    .map(m -> new MilestoneForm(m.title(), CzechDateInput.format(m.dueOn()), m.done()))
                    .toList();
            return new RoundForm(
                            round.name(),
                            CzechDateInput.format(round.periodFrom()),
                            CzechDateInput.format(round.periodTo()),
                            round.description() == null ? "" : round.description(),
                            round.state(),
                            rows,
                            round.version())
                    .withBlankRows();
        }

        /** The filled rows followed by {@link #BLANK_ROWS} empty ones. */
        RoundForm withBlankRows() {
            List<MilestoneForm> rows = new ArrayList<>(
                    milestones.stream().filter(m -> !m.isBlank()).toList());
            IntStream.range(0, BLANK_ROWS).forEach(i -> rows.add(MilestoneForm.blank()));
            return new RoundForm(name, periodFrom, periodTo, description, state, rows, version);
        }

        /** Field names in page order, for the error summary. */
        public List<String> fieldOrder() {
            List<String> fields = new ArrayList<>(List.of("name", "periodFrom", "periodTo", "state", "description"));
            for (int i = 0; i < milestones.size(); i++) {
                fields.add("milestones[" + i + "].title");
                fields.add("milestones[" + i + "].dueOn");
            }
            return fields;
        }

        /** Checks Bean Validation cannot express: readable dates, their order, complete rows. */
        void validate(Errors errors) {
            LocalDate from = date(errors, "periodFrom", periodFrom);
            LocalDate to = date(errors, "periodTo", periodTo);
            if (from != null && to != null && to.isBefore(from)) {
                errors.rejectValue("periodTo", "process.validation.period.order");
            }
            for (int i = 0; i < milestones.size(); i++) {
                MilestoneForm row = milestones.get(i);
                if (row.isBlank()) {
                    continue;
                }
                String prefix = "milestones[" + i + "].";
                if (CzechDateInput.isBlank(row.title())) {
                    errors.rejectValue(prefix + "title", "process.validation.milestone.title.required");
                }
                if (CzechDateInput.isBlank(row.dueOn())) {
                    errors.rejectValue(prefix + "dueOn", "process.validation.milestone.date.required");
                } else {
                    date(errors, prefix + "dueOn", row.dueOn());
                }
            }
        }

        /** Call after {@link #validate} found nothing. */
        RoundDetails toDetails() {
            List<Milestone> schedule = milestones.stream()
                    .filter(m -> !m.isBlank())
                    .map(m -> new Milestone(
                            m.title(), CzechDateInput.parse(m.dueOn()).orElseThrow(), m.isDone()))
                    .toList();
            return new RoundDetails(
                    name,
                    CzechDateInput.parse(periodFrom).orElseThrow(),
                    CzechDateInput.parse(periodTo).orElseThrow(),
                    description,
                    state,
                    schedule);
        }
    }

    record KeyActivityForm(
            String code,

            @Size(max = KeyActivity.TEXT_MAX, message = "{process.validation.text.long}")
            String description,

            @Size(max = KeyActivity.TEXT_MAX, message = "{process.validation.text.long}")
            String outputs) {

        boolean isBlank() {
            return CzechDateInput.isBlank(description) && CzechDateInput.isBlank(outputs);
        }
    }

    record GrantProjectForm(
            @NotBlank(message = "{process.validation.grant.number.required}")
            String registrationNumber,

            @Size(max = GrantProject.TEXT_MAX, message = "{process.validation.text.long}")
            String call,

            @NotBlank(message = "{process.validation.grant.from.required}")
            String periodFrom,

            @NotBlank(message = "{process.validation.grant.to.required}")
            String periodTo,

            String budget,

            @NotBlank(message = "{process.validation.grant.implementer.required}")
            @Size(max = GrantProject.TEXT_MAX, message = "{process.validation.text.long}")
            String implementer,

            @Size(max = GrantProject.TEXT_MAX, message = "{process.validation.text.long}")
            String partner,

            List<@jakarta.validation.Valid KeyActivityForm> keyActivities,
            long version) {

        static final List<String> CODES = List.of("KA1", "KA2", "KA3", "KA4", "KA5");

        GrantProjectForm {
            keyActivities = keyActivities == null ? List.of() : List.copyOf(keyActivities);
        }

        /** Always the five rows KA1–KA5, filled from the stored project where there is one. */
        static GrantProjectForm of(RoundDetail round) {
            GrantProjectView p = round.grantProject();
            List<KeyActivityForm> filled = CODES.stream()
                    .map(code -> (p == null ? List.<KeyActivityView>of() : p.keyActivities())
                            .stream()
                                    .filter(ka -> ka.code().equals(code))
                                    .findFirst()
                                    .map(ka -> new KeyActivityForm(code, ka.description(), nullToEmpty(ka.outputs())))
                                    .orElse(new KeyActivityForm(code, "", "")))
                    .toList();
            if (p == null) {
                return new GrantProjectForm("", "", "", "", "", "", "", filled, round.version());
            }
            return new GrantProjectForm(
                    p.registrationNumber(),
                    nullToEmpty(p.call()),
                    CzechDateInput.format(p.periodFrom()),
                    CzechDateInput.format(p.periodTo()),
                    p.budget() == null ? "" : String.valueOf(p.budget()),
                    p.implementer(),
                    nullToEmpty(p.partner()),
                    filled,
                    round.version());
        }

        /** Field names in page order, for the error summary. */
        public List<String> fieldOrder() {
            List<String> fields = new ArrayList<>(List.of(
                    "registrationNumber", "call", "periodFrom", "periodTo", "budget", "implementer", "partner"));
            for (int i = 0; i < keyActivities.size(); i++) {
                fields.add("keyActivities[" + i + "].description");
                fields.add("keyActivities[" + i + "].outputs");
            }
            return fields;
        }

        void validate(Errors errors) {
            if (!CzechDateInput.isBlank(registrationNumber)
                    && !GrantProject.REGISTRATION_NUMBER
                            .matcher(registrationNumber.strip())
                            .matches()) {
                errors.rejectValue("registrationNumber", "process.validation.grant.number.format");
            }
            LocalDate from = date(errors, "periodFrom", periodFrom);
            LocalDate to = date(errors, "periodTo", periodTo);
            if (from != null && to != null && to.isBefore(from)) {
                errors.rejectValue("periodTo", "process.validation.period.order");
            }
            if (!CzechDateInput.isBlank(budget) && parseBudget(budget) == null) {
                errors.rejectValue("budget", "process.validation.grant.budget.format");
            }
            for (int i = 0; i < keyActivities.size(); i++) {
                KeyActivityForm row = keyActivities.get(i);
                if (row.code() == null || !CODES.contains(row.code())) {
                    errors.reject("process.validation.grant.ka.code");
                } else if (!row.isBlank() && CzechDateInput.isBlank(row.description())) {
                    errors.rejectValue(
                            "keyActivities[" + i + "].description", "process.validation.grant.ka.description");
                }
            }
        }

        GrantProject toProject() {
            return new GrantProject(
                    registrationNumber.strip(),
                    call,
                    CzechDateInput.parse(periodFrom).orElseThrow(),
                    CzechDateInput.parse(periodTo).orElseThrow(),
                    CzechDateInput.isBlank(budget) ? null : parseBudget(budget),
                    implementer,
                    partner);
        }

        List<KeyActivity> toKeyActivities() {
            return keyActivities.stream()
                    .filter(ka -> !ka.isBlank())
                    .map(ka -> new KeyActivity(ka.code(), ka.description(), ka.outputs()))
                    .toList();
        }

        /** Whole crowns as people write them: "1 793 475", "1793475 Kč"; null when unreadable. */
        static Long parseBudget(String text) {
            String digits = text.replaceAll("[\\s\\u00a0]", "").replaceFirst("(?i)kč$", "");
            if (!digits.matches("\\d{1,13}")) {
                return null;
            }
            return Long.parseLong(digits);
        }
    }

    /** The parsed date, or null after recording why not (blank fields are left to @NotBlank). */
    static LocalDate date(Errors errors, String field, String text) {
        if (CzechDateInput.isBlank(text)) {
            return null;
        }
        LocalDate date = CzechDateInput.parse(text).orElse(null);
        if (date == null) {
            errors.rejectValue(field, "process.validation.date.invalid");
        }
        return date;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
