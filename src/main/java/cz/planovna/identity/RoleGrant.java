package cz.planovna.identity;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A role of a user over a territory, as stored. Created and removed through {@link UserAccount}. */
@Entity
@Table(name = "role_grant")
class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "district_code")
    private Integer districtCode;

    @Column(name = "region_code")
    private Integer regionCode;

    @Column(name = "provider_ico")
    private String providerIco;

    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "granted_at")
    private Instant grantedAt;

    @Version
    private long version;

    protected RoleGrant() {}

    RoleGrant(UserAccount user, Grant grant, Long grantedBy, Instant now) {
        this.user = user;
        this.role = grant.role();
        TerritoryRef territory = grant.territory();
        if (territory != null) {
            this.regionCode = territory.regionCode();
            this.districtCode = territory.isDistrict() ? territory.code() : null;
        }
        this.providerIco = grant.providerIco();
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    Grant toGrant() {
        TerritoryRef territory = null;
        if (districtCode != null) {
            territory = TerritoryRef.district(districtCode, regionCode);
        } else if (regionCode != null) {
            territory = TerritoryRef.region(regionCode);
        }
        return new Grant(role, territory, providerIco);
    }

    long id() {
        return id;
    }

    UserAccount user() {
        return user;
    }

    Role role() {
        return role;
    }

    Long grantedBy() {
        return grantedBy;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    long version() {
        return version;
    }
}
