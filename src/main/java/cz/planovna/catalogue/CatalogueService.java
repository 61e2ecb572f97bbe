package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A service in the catalogue: registered under the Act (kept in step with the register by the
 * import) or a related service entered by hand. The aggregate root of its facilities, delivery
 * forms, capacities, groups, contacts and territory served.
 *
 * <p>Indexed for the public catalogue search ({@link CatalogueSearch}). Indexing is explicit, never
 * automatic: the import writes the value collections with JDBC batches ({@link ServiceContentBatch})
 * that Hibernate Search would not see, so {@link CatalogueIndexer} re-indexes after each import.
 * That is also why the derived fields below say {@code ReindexOnUpdate.NO}.
 */
@Entity
@Indexed(index = "catalogue_service")
@Table(name = "catalogue_service")
class CatalogueService {

    /** Exports read hundreds of services: their collections load a hundred services at a time. */
    static final int BATCH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_service_seq")
    @SequenceGenerator(name = "catalogue_service_seq", sequenceName = "catalogue_service_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private ServiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "related_kind")
    private RelatedServiceKind relatedKind;

    @Column(name = "register_id")
    @KeywordField(sortable = Sortable.YES)
    private String registerId;

    @Column(name = "portal_id")
    private Long portalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    @IndexedEmbedded(includePaths = {"name", "ico"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Provider provider;

    @Column(name = "type_code")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @FullTextField(
            name = "typeLabel",
            analyzer = CzechAnalysisConfigurer.CZECH,
            valueBridge = @ValueBridgeRef(type = CodeLabelBridge.class))
    private String typeCode;

    @FullTextField(analyzer = CzechAnalysisConfigurer.CZECH, projectable = Projectable.YES)
    private String name;

    private String description;

    @Column(name = "age_groups_note")
    private String ageGroupsNote;

    @Column(name = "fees_note")
    private String feesNote;

    @Column(name = "provided_from")
    private LocalDate providedFrom;

    @Column(name = "provided_to")
    private LocalDate providedTo;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ServiceState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_reason")
    private EndedReason endedReason;

    @Column(name = "district_code")
    @GenericField(projectable = Projectable.YES)
    private Integer districtCode;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    /** Approved edits of the provider; win over the register's values when shown (never imported). */
    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL)
    @JoinColumn(name = "override_id")
    private ServiceOverride override;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = BATCH)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    @OrderBy("itemIndex")
    @IndexedEmbedded(includePaths = {"name", "municipalityCode"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private List<Facility> facilities = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "catalogue_service_form", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "item_index")
    private List<FormEntry> forms = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "catalogue_service_capacity", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "item_index")
    private List<CapacityEntry> capacities = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "catalogue_service_target_group", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "item_index")
    @Column(name = "code")
    @KeywordField(aggregable = Aggregable.YES)
    @FullTextField(
            name = "targetGroupLabels",
            analyzer = CzechAnalysisConfigurer.CZECH,
            valueBridge = @ValueBridgeRef(type = CodeLabelBridge.class))
    private List<String> targetGroups = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "catalogue_service_age_group", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "item_index")
    @Column(name = "code")
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> ageGroups = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "catalogue_service_contact", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "item_index")
    private List<ContactEntry> contacts = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = BATCH)
    @CollectionTable(name = "catalogue_service_area", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "item_index")
    private List<AreaEntry> area = new ArrayList<>();

    protected CatalogueService() {}

    static CatalogueService fromRegister(
            RegisterData.Service data, Provider provider, String hash, LocalDate today, Instant now) {
        CatalogueService service = new CatalogueService();
        service.kind = ServiceKind.SOCIAL_SERVICE;
        service.applyRegister(data, provider, hash, today, now);
        return service;
    }

    static CatalogueService related(
            RelatedServiceKind relatedKind,
            String name,
            String description,
            Provider provider,
            int districtCode,
            List<ContactEntry> contacts,
            RegisterData.Facility place,
            Instant now) {
        if (relatedKind == null) {
            throw new IllegalArgumentException("a related service needs a kind");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a related service needs a name");
        }
        CatalogueService service = new CatalogueService();
        service.kind = ServiceKind.RELATED;
        service.relatedKind = relatedKind;
        service.name = name.strip();
        service.description = description == null || description.isBlank() ? null : description.strip();
        service.provider = provider;
        service.districtCode = districtCode;
        service.state = ServiceState.ACTIVE;
        service.contacts.addAll(contacts);
        if (place != null) {
            service.facilities.add(new Facility(place, 0));
            service.area.add(new AreaEntry(place.districtCode(), place.municipalityCode(), AreaOrigin.MANUAL));
        } else {
            service.area.add(new AreaEntry(districtCode, null, AreaOrigin.MANUAL));
        }
        service.updatedAt = now;
        return service;
    }

    /**
     * Takes the register's values and facilities; the version goes up when anything changed. The
     * value collections (forms, capacities, groups, contacts, area) of a registered service are
     * written by {@link ServiceContentBatch} in the same transaction, in batches across services.
     */
    void applyRegister(RegisterData.Service data, Provider provider, String hash, LocalDate today, Instant now) {
        this.registerId = data.identifier();
        this.portalId = data.portalId();
        this.provider = provider;
        this.typeCode = data.typeCode();
        this.name = data.name();
        this.description = data.description();
        this.feesNote = data.feesNote();
        this.ageGroupsNote = data.ageGroupsNote();
        this.providedFrom = data.providedFrom();
        this.providedTo = data.providedTo();
        this.districtCode = data.districtCode();
        boolean endDatePassed = data.providedTo() != null && data.providedTo().isBefore(today);
        this.state = endDatePassed ? ServiceState.ENDED : ServiceState.ACTIVE;
        this.endedReason = endDatePassed ? EndedReason.END_DATE_PASSED : null;
        this.contentHash = hash;
        this.updatedAt = now;
        mergeFacilities(data.facilities());
    }

    /** The service is no longer in the register file. Kept, but ended. */
    void endAsMissing(Instant now) {
        this.state = ServiceState.ENDED;
        this.endedReason = EndedReason.NOT_IN_REGISTER;
        this.updatedAt = now;
    }

    /** Facilities that are still there keep their id (and so their links); the rest is replaced. */
    private void mergeFacilities(List<RegisterData.Facility> incoming) {
        Map<String, Facility> existing = new HashMap<>();
        for (Facility f : facilities) {
            existing.putIfAbsent(f.key(), f);
        }
        List<Facility> merged = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            RegisterData.Facility data = incoming.get(i);
            Facility facility = existing.remove(data.key());
            if (facility == null) {
                facility = new Facility(data, i);
            } else {
                facility.update(data, i);
            }
            merged.add(facility);
        }
        facilities.clear();
        facilities.addAll(merged);
    }

    // --- provider edits (the override layer) ---

    /** The register's values of the fields a provider may edit, contacts as the public sees them. */
    EditableFields registerFields() {
        return new EditableFields(
                description,
                feesNote,
                null,
                firstContact(ContactKind.PHONE),
                firstContact(ContactKind.EMAIL),
                firstContact(ContactKind.WEB));
    }

    /** What the public sees: the approved override where there is one, else the register. */
    EditableFields effectiveFields() {
        return EditableFields.merge(override == null ? null : override.fields(), registerFields());
    }

    String effectiveDescription() {
        return override == null || override.fields().description() == null
                ? description
                : override.fields().description();
    }

    String effectiveFeesNote() {
        return override == null || override.fields().feesNote() == null
                ? feesNote
                : override.fields().feesNote();
    }

    /** The approved contact of this kind that replaces the register's, or null. */
    String overriddenContact(ContactKind kind) {
        if (override == null) {
            return null;
        }
        return switch (kind) {
            case PHONE -> override.fields().phone();
            case EMAIL -> override.fields().email();
            case WEB -> override.fields().web();
            case FAX -> null;
        };
    }

    ServiceOverride override() {
        return override;
    }

    /** Approves edits: creates or updates the override (the register's values stay untouched). */
    void approveEdits(EditableFields proposed, Instant now, String by) {
        if (override == null) {
            override = new ServiceOverride(proposed, registerFields(), now, by);
        } else {
            override.apply(proposed, registerFields(), now, by);
        }
    }

    private String firstContact(ContactKind kind) {
        List<ContactEntry> source = contacts.stream().anyMatch(c -> c.kind() == kind) ? contacts : provider.contacts();
        return source.stream()
                .filter(c -> c.kind() == kind)
                .map(c -> c.value().strip())
                .findFirst()
                .orElse(null);
    }

    // --- derived search fields (JavaBean getters: Hibernate Search reads them by that name) ---

    /** The description the public sees: an approved edit of the provider wins over the register. */
    @FullTextField(name = "description", analyzer = CzechAnalysisConfigurer.CZECH)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getSearchDescription() {
        return effectiveDescription();
    }

    /** Delivery forms, for the result list and a filter. */
    @KeywordField(name = "forms", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    List<DeliveryForm> getSearchForms() {
        return forms.stream().map(FormEntry::form).distinct().toList();
    }

    /** Every ORP the service belongs to: its own, those of its facilities and of its area. */
    @GenericField(name = "orps", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<Integer> getSearchDistricts() {
        Set<Integer> orps = new LinkedHashSet<>();
        orps.add(districtCode);
        facilities.forEach(f -> orps.add(f.districtCode()));
        area.forEach(a -> orps.add(a.districtCode()));
        return orps;
    }

    /** ORP served as a whole: every obec there counts as served. */
    @GenericField(name = "servedDistricts", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<Integer> getServedWholeDistricts() {
        Set<Integer> whole = new LinkedHashSet<>();
        area.stream().filter(a -> a.municipalityCode() == null).forEach(a -> whole.add(a.districtCode()));
        return whole;
    }

    /** Obce served one by one, leaving out those of whole ORP (so that a count counts once). */
    @GenericField(name = "servedObce", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Set<Integer> getServedSingleMunicipalities() {
        Set<Integer> whole = getServedWholeDistricts();
        Set<Integer> obce = new LinkedHashSet<>();
        area.stream()
                .filter(a -> a.municipalityCode() != null && !whole.contains(a.districtCode()))
                .forEach(a -> obce.add(a.municipalityCode()));
        return obce;
    }

    /** The obec of the first facility, shown in the result list. */
    @GenericField(name = "place", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Integer getSearchPlace() {
        return facilities.isEmpty() ? null : facilities.get(0).municipalityCode();
    }

    /** Lucene sorts bytes; a Czech collation key in hex sorts as Czech does (ch after h). */
    @KeywordField(name = "nameSort", sortable = Sortable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getNameSortKey() {
        return name == null
                ? ""
                : HexFormat.of()
                        .formatHex(
                                CzechCollation.collator().getCollationKey(name).toByteArray());
    }

    Long id() {
        return id;
    }

    ServiceKind kind() {
        return kind;
    }

    RelatedServiceKind relatedKind() {
        return relatedKind;
    }

    String registerId() {
        return registerId;
    }

    Long portalId() {
        return portalId;
    }

    Provider provider() {
        return provider;
    }

    String typeCode() {
        return typeCode;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    String feesNote() {
        return feesNote;
    }

    String ageGroupsNote() {
        return ageGroupsNote;
    }

    LocalDate providedFrom() {
        return providedFrom;
    }

    LocalDate providedTo() {
        return providedTo;
    }

    ServiceState state() {
        return state;
    }

    EndedReason endedReason() {
        return endedReason;
    }

    int districtCode() {
        return districtCode;
    }

    long version() {
        return version;
    }

    List<Facility> facilities() {
        return facilities;
    }

    List<FormEntry> forms() {
        return forms;
    }

    List<CapacityEntry> capacities() {
        return capacities;
    }

    List<String> targetGroups() {
        return targetGroups;
    }

    List<String> ageGroups() {
        return ageGroups;
    }

    List<ContactEntry> contacts() {
        return contacts;
    }

    List<AreaEntry> area() {
        return area;
    }
}
