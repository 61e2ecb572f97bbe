package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One uploaded file of a document, never changed afterwards; its bytes are a {@link DocumentContent}. */
@Entity
@Table(name = "document_version")
class DocumentFileVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    private int number;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected DocumentFileVersion() {}

    DocumentFileVersion(Document document, int number, CheckedFile file, String uploadedBy, Instant uploadedAt) {
        this.document = document;
        this.number = number;
        this.fileName = file.name();
        this.contentType = file.kind().mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long id() {
        return id;
    }

    int number() {
        return number;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    DocumentVersionView toView(boolean current) {
        return new DocumentVersionView(
                number, fileName, contentType, formatLabel(), size, sha256, uploadedBy, uploadedAt, current);
    }

    /** "PDF", "DOCX": what people call the format. */
    String formatLabel() {
        return FileKind.byMediaType(contentType).map(FileKind::label).orElse(contentType);
    }
}
