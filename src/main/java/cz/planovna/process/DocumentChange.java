package cz.planovna.process;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A change of a document's metadata, or its deletion: who and when, for the history. */
@Entity
@Table(name = "document_change")
class DocumentChange {

    enum Kind {
        EDITED,
        DELETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** Comma-separated names of the changed fields (title, category, description, visibility). */
    @Column(name = "changed_fields")
    private String changedFields;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected DocumentChange() {}

    DocumentChange(Document document, Kind kind, List<String> fields, String by, Instant at) {
        this.document = document;
        this.kind = kind;
        this.changedFields = fields.isEmpty() ? null : String.join(",", fields);
        this.changedBy = by;
        this.changedAt = at;
    }

    DocumentChangeView toView() {
        List<String> fields = changedFields == null
                ? List.of()
                : Arrays.stream(changedFields.split(","))
                        .map(f -> "process.document.field." + f)
                        .toList();
        return new DocumentChangeView(kind.name(), fields, changedBy, changedAt);
    }
}
