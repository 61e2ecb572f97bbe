package cz.planovna.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The actual value of an indicator in one year. */
@Entity
@Table(name = "monitoring_indicator_actual")
class IndicatorActual {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    private long measureId;

    private long indicatorId;

    @Column(name = "actual_year")
    private int year;

    @Column(name = "actual_value")
    private BigDecimal value;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected IndicatorActual() {}

    IndicatorActual(long planId, long measureId, long indicatorId, int year) {
        this.planId = planId;
        this.measureId = measureId;
        this.indicatorId = indicatorId;
        this.year = year;
    }

    long indicatorId() {
        return indicatorId;
    }

    int year() {
        return year;
    }

    BigDecimal value() {
        return value;
    }

    long version() {
        return version;
    }

    void record(BigDecimal value, String by, Instant at) {
        this.value = value;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
