package cz.planovna.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An obec. Reference data from the ČSÚ file. */
@Entity
@Table(name = "municipality")
class Municipality {

    @Id
    private Integer code;

    private String name;

    @Column(name = "search_key")
    private String searchKey;

    private String type;

    @Column(name = "district_code")
    private Integer districtCode;

    @Column(name = "okres_name")
    private String okresName;

    @Column(name = "okres_lau_code")
    private String okresLauCode;

    protected Municipality() {}

    Integer code() {
        return code;
    }

    String name() {
        return name;
    }

    String type() {
        return type;
    }

    Integer districtCode() {
        return districtCode;
    }

    String okresName() {
        return okresName;
    }
}
