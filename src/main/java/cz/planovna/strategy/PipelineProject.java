package cz.planovna.strategy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A project of an ORP's pipeline (zásobník projektů). Its state changes only along {@link
 * ProjectState#next()}; every change, the creation and every edit are written to its history.
 */
@Entity
@Table(name = "strategy_project")
class PipelineProject {

    static final int TITLE_MAX = 300;
    static final int NAME_MAX = 300;
    static final int PERSON_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int NOTE_MAX = 1000;
    /** A project of social services above a billion crowns is a typing error, not a plan. */
    static final long MAX_COST = 1_000_000_000L;

    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    private String title;

    private String organisation;

    @Column(name = "contact_person")
    private String contactPerson;

    private String contact;

    @Column(name = "provider_ico")
    private String providerIco;

    private String description;

    @Column(name = "estimated_cost")
    private long estimatedCost;

    @Column(name = "measure_id")
    private Long measureId;

    @Enumerated(EnumType.STRING)
    private ProjectReadiness readiness;

    @Column(name = "call_name")
    private String callName;

    @Column(name = "call_programme")
    private String callProgramme;

    @Column(name = "call_deadline")
    private LocalDate callDeadline;

    @Enumerated(EnumType.STRING)
    private ProjectState state;

    private boolean illustrative;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "strategy_project_cost", joinColumns = @JoinColumn(name = "project_id"))
    private Set<Cost> costs = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("changedAt DESC, id DESC")
    private List<ProjectEvent> history = new ArrayList<>();

    protected PipelineProject() {}

    PipelineProject(int districtCode, ProjectDetails details, boolean illustrative, String by, Instant now) {
        this.districtCode = districtCode;
        this.state = ProjectState.IDEA;
        this.illustrative = illustrative;
        this.createdAt = now;
        apply(details);
        this.updatedAt = now;
        history.add(new ProjectEvent(now, by, "CREATED", null, ProjectState.IDEA, null));
    }

    void change(ProjectDetails details, String by, Instant now) {
        apply(details);
        this.updatedAt = now;
        history.add(new ProjectEvent(now, by, "EDITED", null, null, null));
    }

    /**
     * Moves the project to another state.
     *
     * @throws IllegalStateException when the transition is not allowed
     */
    void moveTo(ProjectState target, String note, String by, Instant now) {
        if (!state.mayBecome(target)) {
            throw new IllegalStateException(state + " cannot become " + target);
        }
        ProjectState from = state;
        this.state = target;
        this.updatedAt = now;
        history.add(new ProjectEvent(now, by, "STATE", from, target, Texts.optional(note, NOTE_MAX)));
    }

    private void apply(ProjectDetails d) {
        check(d);
        this.title = Texts.required(d.title(), TITLE_MAX);
        this.organisation = Texts.required(d.organisation(), NAME_MAX);
        this.contactPerson = Texts.optional(d.contactPerson(), PERSON_MAX);
        this.contact = Texts.optional(d.contact(), PERSON_MAX);
        this.providerIco = Texts.optional(d.providerIco(), 8);
        this.description = Texts.optional(d.description(), TEXT_MAX);
        this.estimatedCost = d.estimatedCost();
        this.measureId = d.measureId();
        this.readiness = Objects.requireNonNull(d.readiness(), "readiness");
        this.callName = Texts.optional(d.callName(), NAME_MAX);
        this.callProgramme = Texts.optional(d.callProgramme(), NAME_MAX);
        this.callDeadline = d.callDeadline();
        costs.clear();
        d.costSplit().forEach(l -> costs.add(new Cost(l.year(), l.source(), l.amount())));
    }

    /** The rules of the cost; the form shows the same ones on its fields. */
    static void check(ProjectDetails d) {
        if (d.estimatedCost() <= 0 || d.estimatedCost() > MAX_COST) {
            throw new IllegalArgumentException("estimated cost out of range: " + d.estimatedCost());
        }
        if (d.providerIco() != null
                && !d.providerIco().isBlank()
                && !d.providerIco().strip().matches("\\d{8}")) {
            throw new IllegalArgumentException("IČO must have 8 digits");
        }
        Set<String> seen = new LinkedHashSet<>();
        long sum = 0;
        for (CostLine l : d.costSplit()) {
            if (l.amount() <= 0 || l.year() < YEAR_MIN || l.year() > YEAR_MAX || l.source() == null) {
                throw new IllegalArgumentException("bad cost line " + l);
            }
            if (!seen.add(l.year() + "-" + l.source())) {
                throw new IllegalArgumentException("duplicate cost line " + l);
            }
            sum += l.amount();
        }
        if (!d.costSplit().isEmpty() && sum != d.estimatedCost()) {
            throw new IllegalArgumentException("the split does not add up to the estimated cost");
        }
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    String title() {
        return title;
    }

    ProjectState state() {
        return state;
    }

    Long measureId() {
        return measureId;
    }

    String callName() {
        return callName;
    }

    long version() {
        return version;
    }

    List<ProjectEventView> history() {
        return history.stream().map(ProjectEvent::toView).toList();
    }

    ProjectView toView(MeasureOption measure) {
        return new ProjectView(
                id,
                districtCode,
                title,
                organisation,
                contactPerson,
                contact,
                providerIco,
                description,
                estimatedCost,
                costs.stream()
                        .map(Cost::toLine)
                        .sorted(Comparator.comparingInt(CostLine::year).thenComparing(CostLine::source))
                        .toList(),
                measureId,
                measure,
                readiness,
                callName,
                callProgramme,
                callDeadline,
                state,
                illustrative,
                updatedAt,
                version);
    }

    /** One part of the estimated cost: a year and a funding source, in whole crowns. */
    @Embeddable
    static class Cost {

        @Column(name = "cost_year")
        private int year;

        @Enumerated(EnumType.STRING)
        private FundingSource source;

        private long amount;

        protected Cost() {}

        Cost(int year, FundingSource source, long amount) {
            this.year = year;
            this.source = source;
            this.amount = amount;
        }

        CostLine toLine() {
            return new CostLine(year, source, amount);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cost c && c.year == year && c.source == source;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, source);
        }
    }
}
