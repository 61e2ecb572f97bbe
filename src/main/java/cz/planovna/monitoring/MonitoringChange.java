package cz.planovna.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed value of the monitoring (who, when, old → new); never changed or deleted. */
@Entity
@Table(name = "monitoring_audit")
class MonitoringChange {

    static final int VALUE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    @Column(name = "audit_year")
    private int year;

    /** The measure or activity, or for an indicator its measure. */
    private long nodeId;

    private String itemLabel;

    private String field;

    private String oldValue;

    private String newValue;

    private String changedBy;

    private Instant changedAt;

    protected MonitoringChange() {}

    MonitoringChange(
            long planId,
            int year,
            long nodeId,
            String itemLabel,
            String field,
            String oldValue,
            String newValue,
            String changedBy,
            Instant changedAt) {
        this.planId = planId;
        this.year = year;
        this.nodeId = nodeId;
        this.itemLabel = cut(itemLabel);
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String cut(String s) {
        return s == null || s.length() <= VALUE_MAX ? s : s.substring(0, VALUE_MAX - 1) + "…";
    }

    ChangeRow toRow() {
        return new ChangeRow(year, itemLabel, field, oldValue, newValue, changedBy, changedAt);
    }

    /** A line of the change log as the page shows it ({@code field} is a message key suffix). */
    record ChangeRow(
            int year,
            String itemLabel,
            String field,
            String oldValue,
            String newValue,
            String changedBy,
            Instant changedAt) {}
}
