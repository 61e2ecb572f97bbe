package cz.planovna.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kraj. Reference data: created by the territory migration, never edited in the application. */
@Entity
@Table(name = "region")
class Region {

    @Id
    private Integer code;

    private String name;
    private String abbreviation;

    @Column(name = "nuts_code")
    private String nutsCode;

    @Column(name = "ruian_code")
    private Integer ruianCode;

    protected Region() {}

    Integer code() {
        return code;
    }

    String name() {
        return name;
    }

    String abbreviation() {
        return abbreviation;
    }

    String nutsCode() {
        return nutsCode;
    }
}
