package cz.planovna.analysis;

import cz.planovna.shared.TerritoryRef;
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
import java.util.Objects;

/**
 * A finding (need statement) of an ORP. Its number (Z-001, Z-002, …) is given once and never
 * reused within the ORP, so a plan can cite it.
 */
@Entity
@Table(name = "analysis_finding")
class Finding {

    static final int STATEMENT_MAX = 2000;
    static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private int number;

    private String statement;

    @Column(name = "target_group")
    private String targetGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    private FindingSource sourceKind;

    @Column(name = "interview_id")
    private Long interviewId;

    @Column(name = "source_note")
    private String sourceNote;

    @Enumerated(EnumType.STRING)
    private Importance importance;

    @Enumerated(EnumType.STRING)
    private FindingStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Finding() {}

    Finding(TerritoryRef orp, int number, FindingContent content, Instant now) {
        if (!orp.isDistrict() || number < 1) {
            throw new IllegalArgumentException("a finding of an ORP with a positive number");
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.number = number;
        this.createdAt = now;
        change(content, now);
    }

    void change(FindingContent c, Instant now) {
        this.statement = FindingTexts.required(c.statement(), STATEMENT_MAX, "statement");
        this.targetGroup = FindingTexts.optional(c.targetGroup(), 100, "targetGroup");
        this.sourceKind = Objects.requireNonNull(c.sourceKind(), "sourceKind");
        this.interviewId = c.sourceKind() == FindingSource.INTERVIEW ? Objects.requireNonNull(c.interviewId()) : null;
        this.sourceNote = FindingTexts.optional(c.sourceNote(), NOTE_MAX, "sourceNote");
        this.importance = Objects.requireNonNull(c.importance(), "importance");
        this.status = Objects.requireNonNull(c.status(), "status");
        this.updatedAt = now;
    }

    static String label(int number) {
        return String.format("Z-%03d", number);
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    int number() {
        return number;
    }

    long version() {
        return version;
    }

    String statement() {
        return statement;
    }

    String targetGroup() {
        return targetGroup;
    }

    Long interviewId() {
        return interviewId;
    }

    Importance importance() {
        return importance;
    }

    FindingStatus status() {
        return status;
    }

    FindingSource sourceKind() {
        return sourceKind;
    }

    String sourceNote() {
        return sourceNote;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
