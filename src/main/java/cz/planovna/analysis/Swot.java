package cz.planovna.analysis;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A SWOT analysis of an ORP for one area or working group; its items are {@link SwotItem}s. */
@Entity
@Table(name = "analysis_swot")
class Swot {

    static final int NAME_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String name;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_name")
    private String groupName;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Swot() {}

    Swot(TerritoryRef orp, String name, Long groupId, String groupName, Instant now) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("a SWOT belongs to an ORP: " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.createdAt = now;
        change(name, groupId, groupName, now);
    }

    void change(String name, Long groupId, String groupName, Instant now) {
        this.name = FindingTexts.required(name, NAME_MAX, "name");
        this.groupId = groupId;
        this.groupName = groupName;
        this.updatedAt = now;
    }

    /** Marks the analysis changed when one of its items changes, so its version moves too. */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    String name() {
        return name;
    }

    Long groupId() {
        return groupId;
    }

    String groupName() {
        return groupName;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
