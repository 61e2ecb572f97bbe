package cz.planovna.catalogue;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An organisation providing services. Register providers are keyed by IČO; their statutory bodies
 * are personal data and have no field here.
 */
@Entity
@Table(name = "catalogue_provider")
@BatchSize(size = CatalogueService.BATCH)
class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_provider_seq")
    @SequenceGenerator(name = "catalogue_provider_seq", sequenceName = "catalogue_provider_seq", allocationSize = 50)
    private Long id;

    @KeywordField
    private String ico;

    @FullTextField(
            analyzer = CzechAnalysisConfigurer.CZECH,
            projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    private String name;

    /** Invented by the register generator (demo data); shown as illustrative. */
    private boolean illustrative;

    @Column(name = "legal_form_code")
    private String legalFormCode;

    @Column(name = "seat_address")
    private String seatAddress;

    @Column(name = "seat_municipality_code")
    private Integer seatMunicipalityCode;

    @Column(name = "district_code")
    private Integer districtCode;

    @Enumerated(EnumType.STRING)
    private RecordSource source;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "catalogue_provider_contact", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "item_index")
    @BatchSize(size = CatalogueService.BATCH)
    private List<ContactEntry> contacts = new ArrayList<>();

    protected Provider() {}

    static Provider fromRegister(RegisterData.Provider data, int fallbackDistrict, String hash, Instant now) {
        Provider provider = new Provider();
        provider.source = RecordSource.REGISTER;
        provider.districtCode = fallbackDistrict;
        provider.updateFromRegister(data, hash, now);
        return provider;
    }

    static Provider manual(String name, String ico, int districtCode, Instant now) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
        Provider provider = new Provider();
        provider.source = RecordSource.MANUAL;
        provider.name = name.strip();
        provider.ico = ico;
        provider.districtCode = districtCode;
        provider.updatedAt = now;
        return provider;
    }

    /**
     * The register is the source of truth for register providers. The ORP follows the seat when the
     * register gives one; otherwise it stays where the first import put it. The contacts are written
     * by {@link ServiceContentBatch} in the same transaction.
     */
    void updateFromRegister(RegisterData.Provider data, String hash, Instant now) {
        this.ico = data.ico();
        this.name = data.name();
        this.legalFormCode = data.legalFormCode();
        this.seatAddress = data.seatAddress();
        this.seatMunicipalityCode = data.seatMunicipalityCode();
        if (data.seatDistrictCode() != null) {
            this.districtCode = data.seatDistrictCode();
        }
        this.source = RecordSource.REGISTER;
        // a real register entry with the same IČO replaces the invented one
        this.illustrative = false;
        this.contentHash = hash;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    String ico() {
        return ico;
    }

    List<ContactEntry> contacts() {
        return contacts;
    }

    boolean illustrative() {
        return illustrative;
    }

    ProviderView view() {
        return new ProviderView(
                id,
                ico,
                name,
                legalFormCode,
                seatAddress,
                seatMunicipalityCode,
                districtCode,
                contacts.stream().map(c -> c.view(false)).toList(),
                version);
    }
}
