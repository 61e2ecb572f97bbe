package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.text.CzechCollation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document of an ORP's library: what it is and who may see it, with every file ever uploaded
 * for it as numbered versions (the newest is current). Deleting hides it but keeps files and
 * history, so "who deleted what and when" can still be answered.
 */
@Entity
@Table(name = "document")
class Document {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String title;

    @Column(name = "search_key")
    private String searchKey;

    @Enumerated(EnumType.STRING)
    private DocumentCategory category;

    private String description;

    @Enumerated(EnumType.STRING)
    private DocumentVisibility visibility;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private String deletedBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("number DESC")
    private List<DocumentFileVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("changedAt DESC, id DESC")
    private List<DocumentChange> changes = new ArrayList<>();

    @Version
    private long version;

    protected Document() {}

    Document(TerritoryRef orp, DocumentDetails details, Instant now) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("a library belongs to an ORP, not to " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.createdAt = now;
        apply(details);
        this.updatedAt = now;
    }

    /** Adds the file as the new current version; the first upload is version 1. */
    DocumentFileVersion addVersion(CheckedFile file, String by, Instant at) {
        requireNotDeleted();
        DocumentFileVersion added = new DocumentFileVersion(this, versions.size() + 1, file, by, at);
        versions.add(0, added);
        updatedAt = at;
        return added;
    }

    /** Changes the metadata; a change that changes nothing leaves no trace. */
    void change(DocumentDetails details, String by, Instant at) {
        requireNotDeleted();
        List<String> changed = new ArrayList<>();
        String newTitle = Texts.required(details.title(), TITLE_MAX, "title");
        if (!newTitle.equals(title)) {
            changed.add("title");
        }
        if (details.category() != category) {
            changed.add("category");
        }
        if (!Objects.equals(Texts.optional(details.description(), DESCRIPTION_MAX, "description"), description)) {
            changed.add("description");
        }
        if (details.visibility() != visibility) {
            changed.add("visibility");
        }
        if (changed.isEmpty()) {
            return;
        }
        apply(details);
        updatedAt = at;
        changes.add(0, new DocumentChange(this, DocumentChange.Kind.EDITED, changed, by, at));
    }

    void delete(String by, Instant at) {
        requireNotDeleted();
        deletedAt = at;
        deletedBy = by;
        changes.add(0, new DocumentChange(this, DocumentChange.Kind.DELETED, List.of(), by, at));
    }

    private void apply(DocumentDetails details) {
        this.title = Texts.required(details.title(), TITLE_MAX, "title");
        this.searchKey = CzechCollation.searchKey(title);
        this.category = Objects.requireNonNull(details.category(), "category");
        this.description = Texts.optional(details.description(), DESCRIPTION_MAX, "description");
        this.visibility = Objects.requireNonNull(details.visibility(), "visibility");
    }

    private void requireNotDeleted() {
        if (deleted()) {
            throw new IllegalStateException("document " + id + " is deleted");
        }
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    String title() {
        return title;
    }

    String searchKey() {
        return searchKey;
    }

    DocumentCategory category() {
        return category;
    }

    DocumentVisibility visibility() {
        return visibility;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    DocumentFileVersion current() {
        return versions.get(0);
    }

    List<DocumentFileVersion> versions() {
        return List.copyOf(versions);
    }

    DocumentSummary toSummary() {
        DocumentFileVersion current = current();
        return new DocumentSummary(
                id,
                title,
                category,
                description,
                visibility,
                current.number(),
                current.fileName(),
                current.formatLabel(),
                current.size(),
                updatedAt);
    }

    DocumentDetail toDetail() {
        return new DocumentDetail(
                toSummary(),
                versions.stream().map(v -> v.toView(v == current())).toList(),
                changes.stream().map(DocumentChange::toView).toList(),
                createdAt,
                version);
    }

    DeletedDocument toDeleted() {
        return new DeletedDocument(title, category, deletedBy, deletedAt);
    }
}
