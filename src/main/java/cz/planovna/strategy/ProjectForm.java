package cz.planovna.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The form of a project of the pipeline, separate from the entity. Everything is kept as typed
 * (texts), so bad input comes back on its field with the user's value; {@link #validate} checks
 * it and {@link #toDetails} turns it into the service's input.
 */
class ProjectForm {

    /** Rows of the optional split of the cost offered by the form. */
    static final int SPLIT_ROWS = 4;

    private String title = "";
    private String organisation = "";
    private String contactPerson = "";
    private String contact = "";
    private String providerIco = "";
    private String description = "";
    private String estimatedCost = "";
    private String measureId = "";
    private String readiness = "";
    private String callName = "";
    private String callProgramme = "";
    private String callDeadline = "";
    private List<CostRow> costs = new ArrayList<>();
    private long version;

    /** One row of the split: a year, a funding source and an amount, as typed. */
    static class CostRow {
        private String year = "";
        private String source = "";
        private String amount = "";

        public CostRow() {}

        CostRow(String year, String source, String amount) {
            this.year = year;
            this.source = source;
            this.amount = amount;
        }

        boolean blank() {
            return isBlank(year) && isBlank(source) && isBlank(amount);
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    static ProjectForm empty() {
        ProjectForm form = new ProjectForm();
        form.padRows();
        return form;
    }

    static ProjectForm of(ProjectView p) {
        ProjectForm f = new ProjectForm();
        f.title = p.title();
        f.organisation = p.organisation();
        f.contactPerson = orEmpty(p.contactPerson());
        f.contact = orEmpty(p.contact());
        f.providerIco = orEmpty(p.providerIco());
        f.description = orEmpty(p.description());
        f.estimatedCost = String.valueOf(p.estimatedCost());
        f.measureId = p.measureId() == null ? "" : String.valueOf(p.measureId());
        f.readiness = p.readiness().name();
        f.callName = orEmpty(p.callName());
        f.callProgramme = orEmpty(p.callProgramme());
        f.callDeadline = p.callDeadline() == null ? "" : p.callDeadline().toString();
        p.costSplit()
                .forEach(c -> f.costs.add(
                        new CostRow(String.valueOf(c.year()), c.source().name(), String.valueOf(c.amount()))));
        f.version = p.version();
        f.padRows();
        return f;
    }

    /** Adds empty rows so the form always offers at least {@link #SPLIT_ROWS}, and one spare. */
    void padRows() {
        costs.removeIf(r -> r == null);
        while (costs.size() < SPLIT_ROWS || !costs.get(costs.size() - 1).blank()) {
            costs.add(new CostRow());
        }
    }

    /** Checks every field; errors go to their fields (the split's to "costs"). */
    void validate(Errors errors) {
        required(errors, "title", title, PipelineProject.TITLE_MAX, "strategy.project.validation.title.required");
        required(
                errors,
                "organisation",
                organisation,
                PipelineProject.NAME_MAX,
                "strategy.project.validation.organisation.required");
        length(errors, "contactPerson", contactPerson, PipelineProject.PERSON_MAX);
        length(errors, "contact", contact, PipelineProject.PERSON_MAX);
        if (!isBlank(providerIco) && !providerIco.strip().matches("\\d{8}")) {
            errors.rejectValue("providerIco", "strategy.project.validation.ico");
        }
        length(errors, "description", description, PipelineProject.TEXT_MAX);
        Optional<Long> cost = StrategyForms.amount(estimatedCost);
        if (isBlank(estimatedCost)) {
            errors.rejectValue("estimatedCost", "strategy.project.validation.cost.required");
        } else if (cost.isEmpty()) {
            errors.rejectValue("estimatedCost", "strategy.project.validation.cost.number");
        } else if (cost.get() == 0) {
            errors.rejectValue("estimatedCost", "strategy.project.validation.cost.positive");
        } else if (cost.get() > PipelineProject.MAX_COST) {
            errors.rejectValue("estimatedCost", "strategy.project.validation.cost.absurd");
        }
        if (!isBlank(measureId) && !measureId.strip().matches("\\d{1,18}")) {
            errors.rejectValue("measureId", "strategy.project.validation.measure.foreign");
        }
        if (readinessValue().isEmpty()) {
            errors.rejectValue("readiness", "strategy.project.validation.readiness.required");
        }
        length(errors, "callName", callName, PipelineProject.NAME_MAX);
        length(errors, "callProgramme", callProgramme, PipelineProject.NAME_MAX);
        if (!isBlank(callDeadline) && StrategyForms.date(callDeadline).isEmpty()) {
            errors.rejectValue("callDeadline", "strategy.project.validation.date");
        }
        validateSplit(errors, cost.orElse(0L));
    }

    private void validateSplit(Errors errors, long total) {
        List<String> seen = new ArrayList<>();
        long sum = 0;
        boolean any = false;
        for (int i = 0; i < costs.size(); i++) {
            CostRow row = costs.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            any = true;
            Object[] line = {i + 1};
            Integer year = year(row.year);
            FundingSource source = source(row.source);
            Optional<Long> amount = StrategyForms.amount(row.amount);
            if (year == null) {
                errors.rejectValue("costs", "strategy.project.validation.split.year", line, null);
            } else if (source == null) {
                errors.rejectValue("costs", "strategy.project.validation.split.source", line, null);
            } else if (amount.isEmpty() || amount.get() == 0) {
                errors.rejectValue("costs", "strategy.project.validation.split.amount", line, null);
            } else if (seen.contains(year + "-" + source)) {
                errors.rejectValue("costs", "strategy.project.validation.split.duplicate", line, null);
            } else {
                seen.add(year + "-" + source);
                sum += amount.get();
            }
        }
        if (any && !errors.hasFieldErrors("costs") && !errors.hasFieldErrors("estimatedCost") && sum != total) {
            errors.rejectValue("costs", "strategy.project.validation.split.sum");
        }
    }

    ProjectDetails toDetails() {
        List<CostLine> lines = new ArrayList<>();
        for (CostRow row : costs) {
            if (row != null && !row.blank()) {
                lines.add(new CostLine(
                        year(row.year),
                        source(row.source),
                        StrategyForms.amount(row.amount).orElseThrow()));
            }
        }
        return new ProjectDetails(
                title,
                organisation,
                contactPerson,
                contact,
                isBlank(providerIco) ? null : providerIco.strip(),
                description,
                StrategyForms.amount(estimatedCost).orElseThrow(),
                lines,
                isBlank(measureId) ? null : Long.valueOf(measureId.strip()),
                readinessValue().orElseThrow(),
                callName,
                callProgramme,
                StrategyForms.date(callDeadline).orElse(null));
    }

    private Optional<ProjectReadiness> readinessValue() {
        for (ProjectReadiness r : ProjectReadiness.values()) {
            if (r.name().equals(readiness)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        return year < PipelineProject.YEAR_MIN || year > PipelineProject.YEAR_MAX ? null : year;
    }

    private static FundingSource source(String text) {
        for (FundingSource s : FundingSource.values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        return null;
    }

    private static void required(Errors errors, String field, String value, int max, String key) {
        if (isBlank(value)) {
            errors.rejectValue(field, key);
        } else {
            length(errors, field, value, max);
        }
    }

    private static void length(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "strategy.validation.text.long");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean selectedMeasure(long id) {
        return String.valueOf(id).equals(measureId == null ? "" : measureId.strip());
    }

    // ---- bean properties for binding ----------------------------------------------------------

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getProviderIco() {
        return providerIco;
    }

    public void setProviderIco(String providerIco) {
        this.providerIco = providerIco;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEstimatedCost() {
        return estimatedCost;
    }

    public void setEstimatedCost(String estimatedCost) {
        this.estimatedCost = estimatedCost;
    }

    public String getMeasureId() {
        return measureId;
    }

    public void setMeasureId(String measureId) {
        this.measureId = measureId;
    }

    public String getReadiness() {
        return readiness;
    }

    public void setReadiness(String readiness) {
        this.readiness = readiness;
    }

    public String getCallName() {
        return callName;
    }

    public void setCallName(String callName) {
        this.callName = callName;
    }

    public String getCallProgramme() {
        return callProgramme;
    }

    public void setCallProgramme(String callProgramme) {
        this.callProgramme = callProgramme;
    }

    public String getCallDeadline() {
        return callDeadline;
    }

    public void setCallDeadline(String callDeadline) {
        this.callDeadline = callDeadline;
    }

    public List<CostRow> getCosts() {
        return costs;
    }

    public void setCosts(List<CostRow> costs) {
        this.costs = costs == null ? new ArrayList<>() : costs;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
