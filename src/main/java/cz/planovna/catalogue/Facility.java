package cz.planovna.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/** A place where a service is provided. Part of the service aggregate; no names of its head. */
@Entity
@Table(name = "catalogue_facility")
class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_facility_seq")
    @SequenceGenerator(name = "catalogue_facility_seq", sequenceName = "catalogue_facility_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_index")
    private int itemIndex;

    @FullTextField(analyzer = CzechAnalysisConfigurer.CZECH)
    private String name;

    private String street;

    @Column(name = "house_number")
    private String houseNumber;

    @Column(name = "orientation_number")
    private String orientationNumber;

    @Column(name = "address_note")
    private String addressNote;

    @Column(name = "address_point_code")
    private Long addressPointCode;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "municipality_code")
    @GenericField(projectable = Projectable.YES)
    private Integer municipalityCode;

    @Column(name = "municipality_part")
    private String municipalityPart;

    @Column(name = "city_district")
    private String cityDistrict;

    @Column(name = "district_code")
    private Integer districtCode;

    private Double latitude;
    private Double longitude;

    @Column(name = "wheelchair_access")
    private Boolean wheelchairAccess;

    @Column(name = "provided_from")
    private LocalDate providedFrom;

    @Column(name = "provided_to")
    private LocalDate providedTo;

    protected Facility() {}

    Facility(RegisterData.Facility data, int itemIndex) {
        update(data, itemIndex);
    }

    void update(RegisterData.Facility data, int index) {
        this.itemIndex = index;
        this.name = data.name();
        this.street = data.street();
        this.houseNumber = data.houseNumber();
        this.orientationNumber = data.orientationNumber();
        this.addressNote = data.addressNote();
        this.addressPointCode = data.addressPointCode();
        this.postalCode = data.postalCode();
        this.municipalityCode = data.municipalityCode();
        this.municipalityPart = data.municipalityPart();
        this.cityDistrict = data.cityDistrict();
        this.districtCode = data.districtCode();
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.wheelchairAccess = data.wheelchairAccess();
        this.providedFrom = data.providedFrom();
        this.providedTo = data.providedTo();
    }

    int districtCode() {
        return districtCode;
    }

    int municipalityCode() {
        return municipalityCode;
    }

    /** The same key as {@link RegisterData.Facility#key()}, from the stored values. */
    String key() {
        if (addressPointCode != null) {
            return addressPointCode + "|" + name;
        }
        return municipalityCode + "|" + street + "|" + houseNumber + "|" + orientationNumber + "|" + name;
    }

    FacilityView view(LocalDate today) {
        return new FacilityView(
                id,
                name,
                street,
                houseNumber,
                orientationNumber,
                postalCode,
                municipalityCode,
                municipalityPart,
                districtCode,
                addressPointCode,
                latitude,
                longitude,
                wheelchairAccess,
                providedFrom,
                providedTo,
                providedTo != null && providedTo.isBefore(today));
    }
}
