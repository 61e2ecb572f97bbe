package cz.planovna.strategy;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A medium-term plan of an ORP for a span of years, with its vision and its state. */
@Entity
@Table(name = "strategy_plan")
class StrategicPlan {

    static final int TITLE_MAX = 200;
    static final int VISION_MAX = 4000;
    static final int MAX_SPAN_YEARS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String title;

    @Column(name = "year_from")
    private int yearFrom;

    @Column(name = "year_to")
    private int yearTo;

    private String vision;

    @Enumerated(EnumType.STRING)
    private PlanState state;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    private String resolution;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected StrategicPlan() {}

    StrategicPlan(TerritoryRef orp, String title, int yearFrom, int yearTo, String vision, Instant now) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("a plan belongs to an ORP: " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.state = PlanState.DRAFT;
        this.createdAt = now;
        change(title, yearFrom, yearTo, vision, now);
    }

    /** Checks the span: from ≤ to and at most ten years. */
    static void checkSpan(int yearFrom, int yearTo) {
        if (yearFrom > yearTo) {
            throw new FormRejectedException("yearTo", "strategy.validation.plan.span.order");
        }
        if (yearTo - yearFrom + 1 > MAX_SPAN_YEARS) {
            throw new FormRejectedException("yearTo", "strategy.validation.plan.span.long");
        }
    }

    void change(String title, int yearFrom, int yearTo, String vision, Instant now) {
        checkSpan(yearFrom, yearTo);
        this.title = Texts.required(title, TITLE_MAX);
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.vision = Texts.optional(vision, VISION_MAX);
        this.updatedAt = now;
    }

    /** Moves to another state, if allowed; approval records by whom, when and the resolution. */
    void moveTo(PlanState target, String approvedBy, LocalDate approvedOn, String resolution, Instant now) {
        if (!state.mayBecome(target)) {
            throw new FormRejectedException(null, "strategy.validation.transition");
        }
        if (target == PlanState.APPROVED) {
            if (Texts.optional(approvedBy, 200) == null) {
                throw new FormRejectedException("approvedBy", "strategy.validation.approvedBy.required");
            }
            if (approvedOn == null) {
                throw new FormRejectedException("approvedOn", "strategy.validation.approvedOn.required");
            }
            if (Texts.optional(resolution, 100) == null) {
                throw new FormRejectedException("resolution", "strategy.validation.resolution.required");
            }
            this.approvedBy = approvedBy.strip();
            this.approvedOn = approvedOn;
            this.resolution = resolution.strip();
        }
        this.state = target;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    boolean contains(int year) {
        return year >= yearFrom && year <= yearTo;
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    TerritoryRef orp() {
        return TerritoryRef.district(districtCode, regionCode);
    }

    String title() {
        return title;
    }

    String vision() {
        return vision;
    }

    PlanState state() {
        return state;
    }

    int yearFrom() {
        return yearFrom;
    }

    int yearTo() {
        return yearTo;
    }

    long version() {
        return version;
    }

    PlanSummary toSummary() {
        return new PlanSummary(
                id == null ? 0 : id,
                districtCode,
                title,
                yearFrom,
                yearTo,
                vision,
                state,
                approvedBy,
                approvedOn,
                resolution,
                updatedAt,
                version);
    }
}
