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
import java.time.LocalDate;

/** A recorded interview, focus group or workshop of an ORP's needs analysis. */
@Entity
@Table(name = "analysis_interview")
class Interview {

    static final int TOPIC_MAX = 300;
    static final int PARTICIPANTS_MAX = 2000;
    static final int SUMMARY_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    @Enumerated(EnumType.STRING)
    private InterviewKind kind;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String topic;

    private String participants;

    @Column(name = "participant_count")
    private int participantCount;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_name")
    private String groupName;

    private String summary;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Interview() {}

    Interview(TerritoryRef orp, InterviewContent content, Instant now) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("interviews belong to an ORP: " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.createdAt = now;
        change(content, now);
    }

    void change(InterviewContent c, Instant now) {
        if (c.participantCount() < 1) {
            throw new IllegalArgumentException("participant count below 1");
        }
        this.kind = java.util.Objects.requireNonNull(c.kind(), "kind");
        this.heldOn = java.util.Objects.requireNonNull(c.heldOn(), "heldOn");
        this.topic = FindingTexts.required(c.topic(), TOPIC_MAX, "topic");
        this.participants = FindingTexts.required(c.participants(), PARTICIPANTS_MAX, "participants");
        this.participantCount = c.participantCount();
        this.groupId = c.groupId();
        this.groupName = c.groupName();
        this.summary = FindingTexts.required(c.summary(), SUMMARY_MAX, "summary");
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    long version() {
        return version;
    }

    String topic() {
        return topic;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    InterviewKind kind() {
        return kind;
    }

    InterviewView toView() {
        return new InterviewView(
                id,
                kind,
                heldOn,
                topic,
                participants,
                participantCount,
                groupId,
                groupName,
                summary,
                updatedAt,
                version);
    }
}
