package cz.planovna.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An ORP. Its only editable state is whether it plans social services in Plánovna. */
@Entity
@Table(name = "district")
class District {

    @Id
    private Integer code;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @Column(name = "ruian_code")
    private Integer ruianCode;

    @Column(name = "seat_municipality_code")
    private Integer seatMunicipalityCode;

    @Column(name = "planning_active")
    private boolean planningActive;

    @Version
    private long version;

    protected District() {}

    Integer code() {
        return code;
    }

    String name() {
        return name;
    }

    Region region() {
        return region;
    }

    Integer ruianCode() {
        return ruianCode;
    }

    Integer seatMunicipalityCode() {
        return seatMunicipalityCode;
    }

    boolean planningActive() {
        return planningActive;
    }

    long version() {
        return version;
    }

    void changePlanningActive(boolean active) {
        this.planningActive = active;
    }
}
