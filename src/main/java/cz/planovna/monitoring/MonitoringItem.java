package cz.planovna.monitoring;

import cz.planovna.strategy.FundingSource;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** What was recorded about a measure or an activity in one year. */
@Entity
@Table(name = "monitoring_item")
class MonitoringItem {

    static final int COMMENT_MAX = 2000;
    static final long AMOUNT_MAX = 1_000_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    private long nodeId;

    @Column(name = "monitored_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ItemState state;

    @Column(name = "item_comment")
    private String comment;

    @ElementCollection
    @CollectionTable(name = "monitoring_spending", joinColumns = @JoinColumn(name = "item_id"))
    @MapKeyColumn(name = "source")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount")
    private Map<FundingSource, Long> spending = new HashMap<>();

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected MonitoringItem() {}

    MonitoringItem(long planId, long nodeId, int year) {
        this.planId = planId;
        this.nodeId = nodeId;
        this.year = year;
        this.state = ItemState.NOT_STARTED;
    }

    Long id() {
        return id;
    }

    long nodeId() {
        return nodeId;
    }

    int year() {
        return year;
    }

    ItemState state() {
        return state;
    }

    String comment() {
        return comment;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Spending per source, only the non-zero ones. */
    Map<FundingSource, Long> spending() {
        Map<FundingSource, Long> copy = new EnumMap<>(FundingSource.class);
        spending.forEach((s, a) -> {
            if (a != null && a != 0) {
                copy.put(s, a);
            }
        });
        return copy;
    }

    void record(ItemState state, String comment, Map<FundingSource, Long> spending, String by, Instant at) {
        this.state = state;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.spending.clear();
        spending.forEach((s, a) -> {
            if (a != null && a != 0) {
                this.spending.put(s, a);
            }
        });
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
