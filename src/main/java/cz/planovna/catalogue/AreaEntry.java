package cz.planovna.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record AreaEntry(
        @Column(name = "district_code") int districtCode,
        @Column(name = "municipality_code") Integer municipalityCode,
        @Enumerated(EnumType.STRING) AreaOrigin origin) {

    ServedArea view() {
        return new ServedArea(districtCode, municipalityCode, origin);
    }
}
